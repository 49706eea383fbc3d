using Entente.Access;
using Entente.Agreements;
using Entente.Commitments;
using Entente.Storage;
using Entente.Users;
using Entente.Web;
using Microsoft.EntityFrameworkCore;

namespace Entente.Consultations;

/// <summary>Validates and records a new request for consultations, and lists them by box.</summary>
public static class ConsultationRules
{
    public const int MaxProposedDates = 10;

    public static async Task<(Consultation? Consultation, FieldErrors Errors)> RequestAsync(EntenteDb db, ConsultationInput input, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var kind = errors.Key<ConsultationKind>("kind", input.Kind, required: true);
        errors.Require("subject", input.Subject, 512);
        var classification = errors.Key<Classification>("classification", input.Classification, required: false) ?? Classification.Official;
        var visibility = errors.Key<Visibility>("visibility", input.Visibility, required: false) ?? Visibility.Shared;
        if (visibility == Visibility.Party)
        {
            errors.Add("visibility", "a request the other Party cannot see would never reach it; use shared or restricted.");
        }

        var parties = await CommitmentQueries.PartiesAsync(db, ct);
        var asked = input.AskedParty?.Trim().ToUpperInvariant() ?? parties.FirstOrDefault(p => p != db.Viewer.PartyCode);
        if (asked is null || !parties.Contains(asked) || asked == db.Viewer.PartyCode)
        {
            errors.Add("askedParty", "must be another Party of the partnership ({0}).", string.Join(", ", parties.Where(p => p != db.Viewer.PartyCode)));
        }

        var clauses = (await ClauseReferences.LoadAsync(db, ct)).Read(input.Clauses, errors, "clauses");

        var dates = (input.ProposedDates ?? []).Distinct().Order().ToList();
        var today = DateOnly.FromDateTime(db.Time.GetUtcNow().UtcDateTime);
        if (dates.Count > MaxProposedDates)
        {
            errors.Add("proposedDates", "at most {0} dates.", MaxProposedDates);
        }

        if (dates.Any(d => d < today))
        {
            errors.Add("proposedDates", "cannot be in the past.");
        }

        if (errors.Any)
        {
            return (null, errors);
        }

        var consultation = new Consultation
        {
            Kind = kind!.Value,
            Subject = input.Subject!.Trim(),
            OwnerPartyCode = db.Viewer.PartyCode,
            CounterpartPartyCode = asked!,
            Classification = classification,
            Visibility = visibility,
            ClauseIds = clauses,
            ProposedDates = dates,
            Status = ConsultationStatus.Requested,
            RequestedAt = db.Time.GetUtcNow(),
            RequestedBy = db.Viewer.Actor,
        };
        await db.InOneTransactionAsync(async token =>
        {
            db.Consultations.Add(consultation);
            await db.SaveChangesAsync(token);
            if (visibility == Visibility.Restricted)
            {
                // The requester and every coordinator of the asked Party are named; others of both Parties are not.
                // Roles are stored as text, so "at least coordinator" is a list, not a comparison the database would do alphabetically.
                UserRole[] coordinating = [UserRole.Coordinator, UserRole.Administrator];
                var coordinators = await db.Users.Where(u => u.PartyCode == asked && coordinating.Contains(u.Role)).Select(u => u.Id).ToListAsync(token);
                AccessGrants.Grant(db, nameof(Consultation), consultation.Id, coordinators);
                await db.SaveChangesAsync(token);
            }
        }, ct);

        return (consultation, errors);
    }

    /// <summary>Consultations the viewer can see: <c>inbox</c> (asked of the viewer's Party), <c>outbox</c> (asked by it), or all.</summary>
    public static async Task<List<Consultation>> ListAsync(EntenteDb db, string? box, CancellationToken ct)
    {
        var query = db.Consultations.AsNoTracking();
        var party = db.Viewer.PartyCode;
        query = box switch
        {
            "inbox" => query.Where(c => c.CounterpartPartyCode == party),
            "outbox" => query.Where(c => c.OwnerPartyCode == party),
            _ => query,
        };
        return await query.OrderByDescending(c => c.Id).ToListAsync(ct);
    }
}
