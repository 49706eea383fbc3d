using Entente.Storage;
using Entente.Text.Duplicates;
using Microsoft.EntityFrameworkCore;

namespace Entente.Duplicates;

/// <summary>
/// The fingerprints a new document is compared with, read once per batch and grown as the batch stores documents.
/// Syndicated copies appear within days of each other, so only the <see cref="Size"/> latest documents are kept
/// (an indexed range, not the whole archive).
/// </summary>
public sealed class RecentFingerprints
{
    /// <summary>How many of the latest documents a new one is compared with (weeks of a busy stream of sources).</summary>
    public const int Size = 5000;

    // By document id: a document is compared only with those stored before it, the first match being the original.
    private readonly SortedList<int, (TextFingerprint Fingerprint, int? DuplicateOf)> _byDocument = [];

    public static async Task<RecentFingerprints> LoadAsync(EntenteDb db, CancellationToken ct)
    {
        var rows = await db.Set<DocumentFingerprint>().AsNoTracking()
            .Where(f => f.ShingleCount >= NearDuplicates.MinShingles)
            .OrderByDescending(f => f.SourceDocumentId)
            .Take(Size)
            .Select(f => new { f.SourceDocumentId, f.Signature, f.ShingleCount, f.DuplicateOfId })
            .ToListAsync(ct);
        var recent = new RecentFingerprints();
        foreach (var row in rows)
        {
            recent._byDocument[row.SourceDocumentId] = (TextFingerprint.FromBytes(row.Signature, row.ShingleCount), row.DuplicateOfId);
        }

        return recent;
    }

    /// <summary>The first earlier document carrying the same story (a copy of a copy points at the story's first document).</summary>
    public (int DocumentId, double Containment)? FindOriginal(int documentId, TextFingerprint fingerprint)
    {
        foreach (var (id, (other, duplicateOf)) in _byDocument)
        {
            if (id >= documentId)
            {
                break;
            }

            if (NearDuplicates.AreCopies(fingerprint, other))
            {
                return (duplicateOf ?? id, Math.Round(NearDuplicates.Compare(fingerprint, other).Containment, 3));
            }
        }

        return null;
    }

    /// <summary>Remembers a document just fingerprinted (again under the same id when a retried transaction redoes it).</summary>
    public void Add(int documentId, TextFingerprint fingerprint, int? duplicateOf)
    {
        if (fingerprint.ShingleCount < NearDuplicates.MinShingles)
        {
            return;
        }

        _byDocument[documentId] = (fingerprint, duplicateOf);
        if (_byDocument.Count > Size)
        {
            _byDocument.RemoveAt(0);
        }
    }
}
