using Entente.Conflicts;
using Entente.Documents;
using Entente.Storage;
using Entente.Text.Duplicates;
using Microsoft.EntityFrameworkCore;

namespace Entente.Duplicates;

/// <summary>
/// Fingerprints a stored document and marks it a copy of the earliest stored document carrying the same story.
/// Syndicated copies appear within days of each other, so a new document is compared with the
/// <see cref="RecentDocuments"/> documents fingerprinted before it (an indexed range, not the whole archive). Once a copy is marked the conflicts
/// are refreshed, since it no longer counts as an independent source.
/// </summary>
public static class DuplicateMarking
{
    /// <summary>How many of the latest documents a new one is compared with (weeks of a busy stream of sources).</summary>
    public const int RecentDocuments = 5000;

    /// <summary>The document's original if it is a copy, else null; does nothing for a document already fingerprinted or without text.</summary>
    public static async Task<int?> MarkAsync(EntenteDb db, int documentId, CancellationToken ct)
    {
        if (await db.Set<DocumentFingerprint>().AsNoTracking().FirstOrDefaultAsync(f => f.SourceDocumentId == documentId, ct) is { } known)
        {
            return known.DuplicateOfId;
        }

        var text = await db.SourceDocuments.AsNoTracking().Where(d => d.Id == documentId && d.Status == IngestionStatus.Analysed)
            .Select(d => d.Text).FirstOrDefaultAsync(ct);
        if (text is null)
        {
            return null;
        }

        var fingerprint = NearDuplicates.Fingerprint(text);
        var now = db.Time.GetUtcNow();
        var candidates = (await db.Set<DocumentFingerprint>().AsNoTracking()
            .Where(f => f.SourceDocumentId < documentId && f.ShingleCount >= NearDuplicates.MinShingles)
            .OrderByDescending(f => f.SourceDocumentId)
            .Take(RecentDocuments)
            .Select(f => new { f.SourceDocumentId, f.Signature, f.ShingleCount, f.DuplicateOfId })
            .ToListAsync(ct)).OrderBy(f => f.SourceDocumentId);

        // The first stored copy is the original: a copy of a copy points at the story's first document.
        int? originalId = null;
        double? containment = null;
        foreach (var candidate in candidates)
        {
            var other = TextFingerprint.FromBytes(candidate.Signature, candidate.ShingleCount);
            if (NearDuplicates.AreCopies(fingerprint, other))
            {
                originalId = candidate.DuplicateOfId ?? candidate.SourceDocumentId;
                containment = Math.Round(NearDuplicates.Compare(fingerprint, other).Containment, 3);
                break;
            }
        }

        db.Add(new DocumentFingerprint
        {
            SourceDocumentId = documentId,
            Signature = fingerprint.ToBytes(),
            ShingleCount = fingerprint.ShingleCount,
            DuplicateOfId = originalId,
            Containment = containment,
            ComputedAt = now,
        });
        await db.SaveChangesAsync(ct);
        if (originalId is not null)
        {
            await ConflictRefresh.RefreshAsync(db, ct);
        }

        return originalId;
    }

    /// <summary>The documents among <paramref name="documentIds"/> that are copies, with the original of each.</summary>
    public static async Task<Dictionary<int, int>> CopiesAsync(EntenteDb db, IReadOnlyCollection<int> documentIds, CancellationToken ct) =>
        await db.Set<DocumentFingerprint>().AsNoTracking()
            .Where(f => documentIds.Contains(f.SourceDocumentId) && f.DuplicateOfId != null)
            .ToDictionaryAsync(f => f.SourceDocumentId, f => f.DuplicateOfId!.Value, ct);
}
