using Entente.Documents;
using Entente.Storage;
using Entente.Text.Duplicates;
using Microsoft.EntityFrameworkCore;

namespace Entente.Duplicates;

/// <summary>
/// Fingerprints a stored document and marks it a copy of the earliest stored document carrying the same story.
/// <see cref="DocumentStore"/> calls it for every document it reads, whichever way the document came (command line,
/// upload, API, watched source), inside the transaction that stores the document. A copy's series points are touched
/// like any document's, so the batch's end recomputes the conflicts of its indicators without it as a second source.
/// </summary>
public static class DuplicateMarking
{
    /// <summary>
    /// Adds the document's fingerprint (<see cref="NearDuplicates.Fingerprint"/> of its text, worked out by the caller,
    /// which may do it off the writer; the caller saves) and returns its original when it is a copy; a document already
    /// fingerprinted keeps its mark.
    /// </summary>
    public static async Task<int?> MarkAsync(EntenteDb db, RecentFingerprints recent, int documentId, TextFingerprint fingerprint, CancellationToken ct)
    {
        if (await db.Set<DocumentFingerprint>().AsNoTracking().FirstOrDefaultAsync(f => f.SourceDocumentId == documentId, ct) is { } known)
        {
            return known.DuplicateOfId;
        }

        var original = recent.FindOriginal(documentId, fingerprint);
        db.Add(new DocumentFingerprint
        {
            SourceDocumentId = documentId,
            Signature = fingerprint.ToBytes(),
            ShingleCount = fingerprint.ShingleCount,
            DuplicateOfId = original?.DocumentId,
            Containment = original?.Containment,
            ComputedAt = db.Time.GetUtcNow(),
        });
        recent.Add(documentId, fingerprint, original?.DocumentId);
        return original?.DocumentId;
    }

    /// <summary>The documents among <paramref name="documentIds"/> that are copies, with the original of each.</summary>
    public static async Task<Dictionary<int, int>> CopiesAsync(EntenteDb db, IReadOnlyCollection<int> documentIds, CancellationToken ct) =>
        await db.Set<DocumentFingerprint>().AsNoTracking()
            .Where(f => documentIds.Contains(f.SourceDocumentId) && f.DuplicateOfId != null)
            .ToDictionaryAsync(f => f.SourceDocumentId, f => f.DuplicateOfId!.Value, ct);
}
