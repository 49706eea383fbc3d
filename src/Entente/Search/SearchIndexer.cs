using Entente.ActionItems;
using Entente.Agreements;
using Entente.Consultations;
using Entente.Documents;
using Entente.Intelligence;
using Entente.Storage;
using Microsoft.EntityFrameworkCore;

namespace Entente.Search;

/// <summary>
/// Keeps the search index in step with the records: the save path notes which indexed records a unit of work
/// touches (<see cref="Capture"/>) and, inside the same transaction, rewrites their entries (<see cref="UpdateAsync"/>).
/// A failed save therefore leaves the index as it was, and a committed one leaves it current.
/// </summary>
internal static class SearchIndexer
{
    /// <summary>The indexed records a unit of work is about to add, change or delete.</summary>
    public static PendingReindex Capture(EntenteDb db)
    {
        var pending = new PendingReindex();
        // Provisions tracked in this unit of work, for the language versions written beside them. Looked up once,
        // after the save, from this list: asking DbSet.Local per text would detect changes on every tracked entity
        // each time, which made ingesting a long treaty quadratic in its provisions.
        var trackedProvisions = new List<Provision>();
        var agreementOfProvision = new Lazy<Dictionary<int, int>>(() =>
            trackedProvisions.GroupBy(p => p.Id).ToDictionary(g => g.Key, g => g.First().AgreementId));
        foreach (var entry in db.ChangeTracker.Entries())
        {
            if (entry.Entity is Provision tracked)
            {
                trackedProvisions.Add(tracked);
            }

            if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted))
            {
                continue;
            }

            switch (entry.Entity)
            {
                case Agreement agreement:
                    pending.Agreements.Add(() => agreement.Id);
                    break;
                case AgreementVersion version:
                    pending.Agreements.Add(() => version.AgreementId);
                    if (version.SourceDocumentId is { } documentId)
                    {
                        pending.Documents.Add(() => documentId);
                    }

                    break;
                case ProvisionText text:
                    // Its provision is tracked by whoever changed its words (the sample loader, an ingested text).
                    pending.Agreements.Add(() => agreementOfProvision.Value.GetValueOrDefault(text.ProvisionId));
                    break;
                case Provision provision:
                    pending.Agreements.Add(() => provision.AgreementId);
                    break;
                case AgreementParty party:
                    pending.Agreements.Add(() => party.AgreementId);
                    break;
                case SourceDocument document:
                    pending.Documents.Add(() => document.Id);
                    break;
                case DocumentClauseLink link:
                    pending.Documents.Add(() => link.SourceDocumentId);
                    break;
                case ActionItem item:
                    pending.ActionItems.Add(() => item.Id);
                    break;
                case Consultation consultation:
                    pending.Consultations.Add(() => consultation.Id);
                    break;
            }
        }

        return pending;
    }

    /// <summary>After the records are written (their keys known), replaces their entries (written at once, many to a statement: <see cref="BulkInsert"/>).</summary>
    public static async Task UpdateAsync(EntenteDb db, PendingReindex pending, CancellationToken ct)
    {
        if (pending.IsEmpty)
        {
            return;
        }

        var builder = new SearchEntryBuilder(db);
        var agreements = PendingReindex.Resolve(pending.Agreements);
        if (agreements.Count > 0)
        {
            // An agreement's clauses carry its date, kind and Parties, so they are rebuilt with it.
            var keys = agreements.Select(id => SearchEntry.Join([id])).ToList();
            await db.SearchEntries
                .Where(e => (e.RecordType == SearchRecordTypes.Agreement || e.RecordType == SearchRecordTypes.Clause) && keys.Contains(e.Agreements))
                .ExecuteDeleteAsync(ct);
            await BulkInsert.InsertWithoutKeysAsync(db, await builder.AgreementsAsync(agreements, ct), ct);
        }

        await ReplaceAsync(db, SearchRecordTypes.Document, PendingReindex.Resolve(pending.Documents), builder.DocumentsAsync, ct);
        await ReplaceAsync(db, SearchRecordTypes.ActionItem, PendingReindex.Resolve(pending.ActionItems), builder.ActionItemsAsync, ct);
        await ReplaceAsync(db, SearchRecordTypes.Consultation, PendingReindex.Resolve(pending.Consultations), builder.ConsultationsAsync, ct);
    }

    private static async Task ReplaceAsync(
        EntenteDb db, string type, IReadOnlyCollection<int> ids, Func<IReadOnlyCollection<int>, CancellationToken, Task<List<SearchEntry>>> build, CancellationToken ct)
    {
        if (ids.Count == 0)
        {
            return;
        }

        await db.SearchEntries.Where(e => e.RecordType == type && ids.Contains(e.RecordId)).ExecuteDeleteAsync(ct);
        await BulkInsert.InsertWithoutKeysAsync(db, await build(ids, ct), ct);
    }
}

/// <summary>Ids of records to re-index, read after the save because added records get their keys then.</summary>
internal sealed class PendingReindex
{
    public List<Func<int>> Agreements { get; } = [];

    public List<Func<int>> Documents { get; } = [];

    public List<Func<int>> ActionItems { get; } = [];

    public List<Func<int>> Consultations { get; } = [];

    public bool IsEmpty => Agreements.Count + Documents.Count + ActionItems.Count + Consultations.Count == 0;

    /// <summary>Takes on what <paramref name="other"/> notes, so several saves are re-indexed together.</summary>
    public void Add(PendingReindex other)
    {
        Agreements.AddRange(other.Agreements);
        Documents.AddRange(other.Documents);
        ActionItems.AddRange(other.ActionItems);
        Consultations.AddRange(other.Consultations);
    }

    /// <summary>The distinct real ids (a key still temporary or unset is negative or zero and is skipped).</summary>
    public static List<int> Resolve(List<Func<int>> ids) => [.. ids.Select(id => id()).Where(id => id > 0).Distinct()];
}
