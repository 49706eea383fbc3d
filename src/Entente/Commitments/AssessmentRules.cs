using Entente.Access;
using Entente.Storage;
using Entente.Web;
using Microsoft.EntityFrameworkCore;

namespace Entente.Commitments;

/// <summary>Records the viewer's Party's shared assessment of a commitment: one per Party, validated field by field.</summary>
public static class AssessmentRules
{
    public const int MaxEvidence = 20;

    /// <summary>Adds or changes the assessment; returns field errors, or throws <see cref="DbUpdateConcurrencyException"/> on a lost update.</summary>
    public static async Task<(Assessment? Assessment, FieldErrors Errors)> SaveAsync(EntenteDb db, int commitmentId, AssessmentInput input, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var status = errors.Key<AssessmentStatus>("status", input.Status, required: true);
        // An old client asking for "party" would otherwise publish what it meant to keep: refuse it by name.
        if (!string.IsNullOrWhiteSpace(input.Visibility) && input.Visibility.Trim() != KebabCase.ToKey(Visibility.Shared))
        {
            errors.Add("visibility", "an assessment is seen by both Parties; write what only your Party may read as a private comment.");
        }

        errors.Limit("comment", input.Comment, 4000);
        var evidence = (input.Evidence ?? []).Where(e => !string.IsNullOrWhiteSpace(e)).Select(e => e.Trim()).ToList();
        if (evidence.Count > MaxEvidence)
        {
            errors.Add("evidence", "at most {0} links.", MaxEvidence);
        }

        foreach (var link in evidence.Where(l => !IsLink(l)))
        {
            errors.Add("evidence", "'{0}' is neither an http(s) address nor /api/attachments/{{id}}.", link);
        }

        var existing = await db.Assessments.SingleOrDefaultAsync(a => a.CommitmentId == commitmentId && a.OwnerPartyCode == db.Viewer.PartyCode, ct);
        if (existing is not null && input.Version is null)
        {
            errors.Add("version", "is required to change your Party's existing assessment.");
        }

        if (errors.Any)
        {
            return (null, errors);
        }

        var assessment = existing ?? new Assessment { CommitmentId = commitmentId, OwnerPartyCode = db.Viewer.PartyCode, AssessedBy = db.Viewer.Actor };
        assessment.Status = status!.Value;
        assessment.Comment = string.IsNullOrWhiteSpace(input.Comment) ? null : input.Comment.Trim();
        assessment.Evidence = evidence;
        assessment.AssessedAt = db.Time.GetUtcNow();
        assessment.AssessedBy = db.Viewer.Actor;
        if (existing is null)
        {
            db.Assessments.Add(assessment);
        }
        else
        {
            db.Entry(existing).Property(a => a.Version).OriginalValue = input.Version!.Value;
        }

        await db.SaveChangesAsync(ct);
        return (assessment, errors);
    }

    private static bool IsLink(string value) =>
        value.StartsWith("/api/attachments/", StringComparison.Ordinal)
        || (Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp));
}
