using System.Globalization;
using Entente.Access;
using Entente.ActionItems;
using Entente.Agreements;
using Entente.Commitments;
using Entente.Consultations;
using Entente.Events;
using Entente.Indicators;
using Entente.Storage;
using Microsoft.EntityFrameworkCore;

namespace Entente.Reports;

/// <summary>
/// What a report is asked for: a period, a commission session, or both (the session fills a missing end); with
/// <c>SharedOnly</c>, the version fit to send (only shared records, nothing kept to a Party or to named people).
/// </summary>
public sealed record ReportRequest(DateOnly? From, DateOnly? To, int? SessionNumber, bool SharedOnly = false);

/// <summary>Reads <see cref="ReportData"/> through the viewer's access filters, so a report never holds what its reader may not see.</summary>
public static class ReportLoader
{
    /// <summary>The entities whose changes a report lists.</summary>
    private static readonly string[] s_changedEntities =
        [nameof(Assessment), nameof(PrivateComment), nameof(ActionItem), nameof(Consultation), nameof(PartnershipEvent)];

    /// <summary>Loads the data, or says in one sentence why the request cannot be answered.</summary>
    public static async Task<(ReportData? Data, string? Error)> LoadAsync(EntenteDb db, ReportRequest request, CancellationToken ct)
    {
        if (request.SharedOnly)
        {
            // Every query below then passes the same filter as for a reader who sees shared records only.
            db.Viewer.NarrowToShared();
        }

        var now = db.Time.GetUtcNow();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var sessions = await db.CommissionSessions.AsNoTracking().Include(s => s.CoChairs).Include(s => s.Decisions)
            .AsSplitQuery().OrderBy(s => s.Number).ToListAsync(ct);
        var session = request.SessionNumber is { } number ? sessions.FirstOrDefault(s => s.Number == number) : null;
        if (request.SessionNumber is { } wanted && session is null)
        {
            return (null, $"There is no commission session {wanted.ToString(CultureInfo.InvariantCulture)}.");
        }

        var previous = session is not null
            ? sessions.LastOrDefault(s => s.Number < session.Number)
            : request.From is { } start ? sessions.LastOrDefault(s => s.HeldOn is { } held && held < start) : null;
        var to = request.To ?? session?.HeldOn;
        var from = request.From ?? previous?.HeldOn?.AddDays(1);
        if (from is null || to is null)
        {
            return (null, session is null
                ? "Give the period: both a start and an end date (YYYY-MM-DD), or a commission session."
                : $"Session {session.Number.ToString(CultureInfo.InvariantCulture)} has no date and no earlier dated session; give the period's start and end.");
        }

        if (from > to)
        {
            return (null, $"The period starts ({from:yyyy-MM-dd}) after it ends ({to:yyyy-MM-dd}).");
        }

        var parties = await CommitmentQueries.PartiesAsync(db, ct);
        var partnership = await db.Partnerships.AsNoTracking().OrderBy(p => p.Id).Select(p => p.Name.En).FirstOrDefaultAsync(ct);
        var agreements = (await AgreementQueries.ListAsync(db, ct)).ToDictionary(a => a.Id, a => a.ShortTitle);
        var commitments = (await CommitmentQueries.ListAsync(db, null, ct, Agreements.ProvisionLanguages.Fallback))
            .Select(c => new ReportCommitment(c.Id, agreements.GetValueOrDefault(c.AgreementId) ?? "?", c.Number, c.Summary, c.Spheres, c.Status.ByParty))
            .ToList();
        var roadmaps = await db.Roadmaps.AsNoTracking().OrderBy(r => r.AgreementId).ThenBy(r => r.Number).ToListAsync(ct);

        var endOfPeriod = new DateTimeOffset(to.Value.ToDateTime(TimeOnly.MaxValue), TimeSpan.Zero);
        var baselines = await db.Baselines.AsNoTracking().Include(b => b.Items).ToListAsync(ct);
        var baseline = baselines.Where(b => b.FrozenAt <= endOfPeriod).MaxBy(b => b.FrozenAt);
        var baselineDue = baseline?.Items.ToDictionary(i => i.ActionItemId, i => i.DueOn) ?? [];
        var items = await db.ActionItems.AsNoTracking().OrderBy(i => i.Id).ToListAsync(ct);
        var consultations = await db.Consultations.AsNoTracking().OrderBy(c => c.Id).ToListAsync(ct);
        var events = await db.Events.AsNoTracking().OrderBy(e => e.StartsOn).ToListAsync(ct);

        var data = new ReportData
        {
            PartnershipName = partnership ?? "Partnership",
            Parties = parties,
            ViewLabel = ViewLabel(db.Viewer),
            From = from.Value,
            To = to.Value,
            Today = today,
            GeneratedAt = now,
            Session = session is null ? null : ToReport(session),
            PreviousSession = previous is null ? null : ToReport(previous),
            Sessions = [.. sessions.Where(s => s.HeldOn is { } held && held >= from && held <= to).Select(ToReport)],
            Commitments = commitments,
            Roadmaps = [.. roadmaps.Select(r => new ReportRoadmap(r.Id, agreements.GetValueOrDefault(r.AgreementId) ?? "?", r.Number, r.Title.En))],
            Items = [.. items.Select(i => new ReportItem(
                i.Id, i.Title, i.OwnerPartyCode, i.RoadmapId, i.DueOn, baselineDue.GetValueOrDefault(i.Id, i.DueOn), i.CompletedOn,
                KebabCase.ToKey(i.Status), i.PercentDone, PrivacyMarks.Of(i.Visibility, i.OwnerPartyCode)))],
            BaselineName = baseline?.Name,
            Indicators = await IndicatorsAsync(db, ct),
            Consultations = [.. consultations.Select(c => new ReportConsultation(
                c.Id, KebabCase.ToKey(c.Kind), c.Subject, c.OwnerPartyCode, c.CounterpartPartyCode, KebabCase.ToKey(c.Status),
                c.RequestedAt, c.HeldAt, c.ConcludedAt, c.Outcome, c.AcknowledgeBreachedAt is not null || c.HoldBreachedAt is not null,
                PrivacyMarks.Of(c.Visibility, c.OwnerPartyCode)))],
            Events = [.. events.Select(e => new ReportEvent(
                e.Id, KebabCase.ToKey(e.Kind), e.Title, e.StartsOn, e.EndsOn, e.Place, e.OwnerPartyCode, PrivacyMarks.Of(e.Visibility, e.OwnerPartyCode)))],
        };
        var changesFrom = previous?.HeldOn?.AddDays(1) ?? from.Value;
        return (data with { Changes = await ChangesAsync(db, commitments, items, consultations, events, changesFrom, endOfPeriod, ct) }, null);
    }

    /// <summary>Whose view a report is, in words.</summary>
    public static string ViewLabel(Viewer viewer) =>
        viewer.IsSharedOnly ? $"the shared view, fit to send{(viewer.UserName is null ? string.Empty : $" (made by {viewer.UserName})")}"
        : viewer.IsSystem ? "the operator's full view (every record, including those kept to one Party)"
        : viewer.UserName is not null && viewer.UserId is not null ? $"the view of {viewer.UserName}{(viewer.PartyCode is null ? " (observer)" : $" ({viewer.PartyCode})")}"
        : viewer.PartyCode is not null ? $"the view of Party {viewer.PartyCode}"
        : "the shared view";

    private static ReportSession ToReport(Commission.CommissionSession s) => new(
        s.Number, s.HeldOn, s.Place, [.. s.CoChairs.Select(c => $"{c.Name} ({c.PartyCode})")], s.Agenda,
        [.. s.Decisions.OrderBy(d => d.Number).Select(d => $"{d.Number.ToString(CultureInfo.InvariantCulture)}. {d.Text}")]);

    private static async Task<List<ReportIndicator>> IndicatorsAsync(EntenteDb db, CancellationToken ct)
    {
        var indicators = await db.Indicators.AsNoTracking().OrderBy(i => i.Key).ToListAsync(ct);
        var observations = (await db.Observations.AsNoTracking().ToListAsync(ct)).ToLookup(o => o.IndicatorKey, StringComparer.Ordinal);
        return [.. indicators.Select(i => new ReportIndicator(i.Key, i.Name.En, i.Unit,
            [.. observations[i.Key].OrderBy(o => o.PeriodEnd).Select(o => new ReportObservation(o.PeriodStart, o.PeriodEnd, o.Value, o.Qualifier, SourceOf(o), o.Derived))]))];
    }

    /// <summary>"Press statements …, 22 February 2022 — Vladimir Putin, President of Russia (stated 2022-02-22)".</summary>
    public static string SourceOf(Observation o)
    {
        if (o.Citation is { } citation)
        {
            var text = citation.Description ?? citation.Document;
            if (citation.Speaker is not null)
            {
                text += " — " + citation.Speaker;
            }

            return citation.StatedOn is { } stated ? $"{text} (stated {stated.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)})" : text;
        }

        return o.SourceDocumentId is { } document ? $"stored document {document.ToString(CultureInfo.InvariantCulture)}" : "source not recorded";
    }

    private static async Task<List<ReportChange>> ChangesAsync(
        EntenteDb db, List<ReportCommitment> commitments, List<ActionItem> items, List<Consultation> consultations,
        List<PartnershipEvent> events, DateOnly from, DateTimeOffset endOfPeriod, CancellationToken ct)
    {
        // Only changes to records the viewer can see now are listed, each named after its record.
        var assessments = await db.Assessments.AsNoTracking().Select(a => new { a.Id, a.CommitmentId, a.OwnerPartyCode }).ToListAsync(ct);
        var clauses = commitments.ToDictionary(c => c.Id, c => $"{c.Agreement}, clause {c.Number}");
        var subjects = new Dictionary<(string, string), string>();
        void Name(string entity, int id, string subject) => subjects[(entity, id.ToString(CultureInfo.InvariantCulture))] = subject;
        foreach (var a in assessments)
        {
            Name(nameof(Assessment), a.Id, $"{a.OwnerPartyCode} assessment of {clauses.GetValueOrDefault(a.CommitmentId, "a commitment")}");
        }

        // Private comments pass the access filter only for their own Party; their audit entries carry the same mark.
        foreach (var c in await db.PrivateComments.AsNoTracking().Select(c => new { c.Id, c.CommitmentId, c.OwnerPartyCode }).ToListAsync(ct))
        {
            Name(nameof(PrivateComment), c.Id, $"{c.OwnerPartyCode} private comment on {clauses.GetValueOrDefault(c.CommitmentId, "a commitment")}");
        }

        items.ForEach(i => Name(nameof(ActionItem), i.Id, $"action item #{i.Id.ToString(CultureInfo.InvariantCulture)} {i.Title}"));
        consultations.ForEach(c => Name(nameof(Consultation), c.Id, $"consultation #{c.Id.ToString(CultureInfo.InvariantCulture)} {c.Subject}"));
        events.ForEach(e => Name(nameof(PartnershipEvent), e.Id, $"event {e.Title}"));

        var start = new DateTimeOffset(from.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        // Times are compared after reading: SQLite cannot order or compare DateTimeOffset values in SQL.
        var entries = await db.AuditEntries.AsNoTracking().Where(e => s_changedEntities.Contains(e.Entity)).OrderBy(e => e.Sequence).ToListAsync(ct);
        return [.. entries
            .Where(e => e.At >= start && e.At <= endOfPeriod && subjects.ContainsKey((e.Entity, e.EntityId)))
            .Select(e => new ReportChange(e.At, e.Actor, e.Entity, e.EntityId, e.Action, e.Before, e.After, subjects[(e.Entity, e.EntityId)],
                PrivacyMarks.Of(e.Visibility, e.OwnerPartyCode)))];
    }
}
