using Entente.Agreements;
using Entente.Storage;
using Entente.Text.Linking;
using Entente.Web;
using Microsoft.EntityFrameworkCore;

namespace Entente.Intelligence.Profiles;

/// <summary>
/// Replacing a clause's commitment profile, for the API and the administrators' page alike: the cues are checked
/// (errors under <c>names.{language}</c> and <c>terms.{language}</c>), and an edit of an older version than the
/// stored one is refused by the save (<see cref="DbUpdateConcurrencyException"/>). The trail records the change.
/// </summary>
public static class ProfileRules
{
    public static Task<bool> ClauseExistsAsync(EntenteDb db, int agreementId, string number, CancellationToken ct) =>
        db.Provisions.AnyAsync(p => p.AgreementId == agreementId && p.Part == ProvisionPart.Operative && p.Number == number, ct);

    /// <summary>The problems of the cues, as field errors.</summary>
    public static FieldErrors Check(IReadOnlyDictionary<string, IReadOnlyList<string>>? names, IReadOnlyDictionary<string, IReadOnlyList<string>>? terms)
    {
        var errors = new FieldErrors();
        foreach (var (field, cues) in new[] { ("names", names), ("terms", terms) })
        {
            foreach (var problem in ProfileCues.Problems(cues, areTerms: field == "terms"))
            {
                errors.Add($"{field}.{problem.Language}", problem.Template, problem.Args);
            }
        }

        return errors;
    }

    /// <summary>
    /// The problem of a broader clause (<see cref="ClauseProfile.PartOf"/>), as a field error under <c>partOf</c>: it must
    /// be another operative clause of the same agreement. Null or blank means the clause stands alone.
    /// </summary>
    public static async Task<FieldErrors> CheckPartOfAsync(EntenteDb db, int agreementId, string number, string? partOf, CancellationToken ct)
    {
        var errors = new FieldErrors();
        if (string.IsNullOrWhiteSpace(partOf))
        {
            return errors;
        }

        var broader = partOf.Trim();
        if (broader == number)
        {
            errors.Add("partOf", "must name another clause: a clause cannot be part of itself.");
        }
        else if (!await ClauseExistsAsync(db, agreementId, broader, ct))
        {
            errors.Add("partOf", "names no operative clause of this agreement ('{0}').", broader);
        }

        return errors;
    }

    /// <summary>
    /// Replaces the profile (creating it when the clause has none) with cues already <see cref="Check"/>ed, and saves.
    /// <paramref name="version"/> is the version the editor read; null takes the stored one as it is.
    /// </summary>
    public static async Task<ClauseProfile> ReplaceAsync(
        EntenteDb db, int agreementId, string number, IReadOnlyDictionary<string, IReadOnlyList<string>>? names,
        IReadOnlyDictionary<string, IReadOnlyList<string>>? terms, bool betweenPartiesOnly, string? partOf, long? version, CancellationToken ct)
    {
        var profile = await db.ClauseProfiles.FirstOrDefaultAsync(p => p.AgreementId == agreementId && p.Clause == number, ct);
        if (profile is null)
        {
            profile = new ClauseProfile { AgreementId = agreementId, Clause = number };
            db.ClauseProfiles.Add(profile);
        }
        else if (version is { } read)
        {
            db.Entry(profile).Property(p => p.Version).OriginalValue = read;
        }

        profile.Names = ProfileCues.Trimmed(names);
        profile.Terms = ProfileCues.Trimmed(terms);
        profile.BetweenPartiesOnly = betweenPartiesOnly;
        profile.PartOf = string.IsNullOrWhiteSpace(partOf) ? null : partOf.Trim();
        await db.SaveChangesAsync(ct);
        return profile;
    }
}
