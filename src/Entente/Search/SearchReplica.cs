using System.Collections.Concurrent;
using Entente.Storage;
using Microsoft.EntityFrameworkCore;

namespace Entente.Search;

/// <summary>
/// A server's copy of the search index in memory (<see cref="RankedIndex"/>), kept in step with the database: before
/// each search it reads the <see cref="DataVersion"/> (one key lookup), and when the data has changed — on this
/// server, another one, or from the command line — it first takes in the entries added and drops the entries removed
/// since. A search therefore never ranks stale entries, and the database stays the only place the index is written.
/// </summary>
/// <remarks>
/// The database engines remain the index of record and answer one-off searches (<c>entente search</c>); a server
/// answers from here because the engines score every match before sorting, which made a common word cost 80 ms
/// (SQLite) to 370 ms (PostgreSQL) at 100,000 documents (docs/search.md). The ranking is the same BM25 as SQLite's.
/// </remarks>
/// <param name="reloadAfter">
/// Past this many entries removed or added at once (and a quarter of the index), the index is read again whole rather
/// than caught up: removed entries are only marked, and a rebuild replaces every entry.
/// </param>
public sealed class SearchReplica(int reloadAfter = 1_000) : IDisposable
{
    /// <summary>Characters of kept result texts (about 40 MB) past which all are forgotten and kept anew.</summary>
    private const long DisplayCharacterBudget = 20_000_000;

    /// <summary>Entries read per statement while catching up.</summary>
    private const int FetchBatch = 500;

    private readonly SemaphoreSlim _refresh = new(1, 1);
    private readonly ReaderWriterLockSlim _lock = new();
    private RankedIndex? _index;

    // The entries every viewer may not read (action items, consultations): only these need the access check.
    private HashSet<int> _restricted = [];

    // What results show of entries, kept by id: an entry never changes (the indexer deletes and adds, ids are not
    // reused), so a kept one is right for as long as it exists. Dropped when the entry is; all of it on a reload.
    private readonly ConcurrentDictionary<int, EntryDisplay> _displays = new();
    private long _displayCharacters;
    private int _generation;

    // Boxed so that a search reading it while a refresh replaces it sees one whole version, never half of two.
    private volatile Seen? _seen;

    /// <summary>Entries held; 0 before the first load.</summary>
    public int Count => Read(() => _index?.Count ?? 0);

    /// <summary>About how many bytes the copy holds (<see cref="RankedIndex.EstimatedBytes"/>).</summary>
    public long EstimatedBytes => Read(() => _index?.EstimatedBytes ?? 0);

    /// <summary>How many times the index was read whole, and caught up by difference (for tests and operators).</summary>
    public (int Loads, int CatchUps) Refreshes { get; private set; }

    /// <summary>The best <paramref name="limit"/> entries holding every term, ranked, as of the database's current data.</summary>
    public async Task<List<SearchMatch>> MatchAsync(EntenteDb db, IReadOnlyList<string> terms, int limit, CancellationToken ct)
    {
        await RefreshAsync(db, ct);
        return Match(terms, limit);
    }

    /// <summary>The best <paramref name="limit"/> entries holding every term, as of the last <see cref="RefreshAsync"/>.</summary>
    public List<SearchMatch> Match(IReadOnlyList<string> terms, int limit) =>
        Read(() => _index?.Top(terms, limit) ?? throw new InvalidOperationException("The search copy has not been read yet."));

    /// <summary>
    /// Of <paramref name="entryIds"/> (matches of this copy), those whose records not every viewer may read — action
    /// items and consultations — and which must therefore be checked against the viewer's access. Agreements, clauses
    /// and stored documents are public.
    /// </summary>
    public List<int> NeedingAccessCheck(IEnumerable<int> entryIds) => Read(() => entryIds.Where(_restricted.Contains).ToList());

    /// <summary>
    /// What the results show of <paramref name="entryIds"/>: from what is kept, and the rest by <paramref name="read"/>
    /// (then kept, within a budget of characters).
    /// </summary>
    public async Task<Dictionary<int, EntryDisplay>> DisplaysAsync(
        IReadOnlyCollection<int> entryIds, Func<List<int>, Task<Dictionary<int, EntryDisplay>>> read)
    {
        var generation = Volatile.Read(ref _generation);
        var found = new Dictionary<int, EntryDisplay>(entryIds.Count);
        var missing = new List<int>();
        foreach (var id in entryIds)
        {
            if (_displays.TryGetValue(id, out var display))
            {
                found[id] = display;
            }
            else
            {
                missing.Add(id);
            }
        }

        if (missing.Count == 0)
        {
            return found;
        }

        foreach (var (id, display) in await read(missing))
        {
            found[id] = display;
            if (Interlocked.Add(ref _displayCharacters, display.Body.Length + display.Title.Length) > DisplayCharacterBudget)
            {
                ForgetDisplays();
            }
            else if (Volatile.Read(ref _generation) == generation)
            {
                // Read in this generation of the index: an entry of a database since replaced is never kept.
                _displays.TryAdd(id, display);
            }
        }

        return found;
    }

    /// <summary>Brings the copy up to the database's data: read whole the first time, by difference afterwards.</summary>
    public async Task RefreshAsync(EntenteDb db, CancellationToken ct)
    {
        if (_index is not null && await DataVersion.ReadAsync(db, ct) == _seen?.Version)
        {
            return;
        }

        await _refresh.WaitAsync(ct);
        try
        {
            // Read again under the gate: another search may have caught up meanwhile. A write that lands after this
            // read changes the version again, so the next search catches up once more.
            var version = await DataVersion.ReadAsync(db, ct);
            if (_index is not null && version == _seen?.Version)
            {
                return;
            }

            if (_index is null || !await ContinuesWhatWasSeenAsync(db, version, ct) || !await CatchUpAsync(db, ct))
            {
                var (loaded, restricted) = await LoadAsync(db, ct);
                Swap(loaded, restricted);
                Refreshes = (Refreshes.Loads + 1, Refreshes.CatchUps);
            }
            else
            {
                Refreshes = (Refreshes.Loads, Refreshes.CatchUps + 1);
            }

            _seen = new Seen(version, await LastAuditEntryAsync(db, ct));
        }
        finally
        {
            _refresh.Release();
        }
    }

    /// <summary>
    /// Whether the database continues the one this copy last saw: its counter has not gone back, and the audit trail
    /// still holds the entry that was last when the copy was made. Both hold unless the database was replaced by a
    /// restored backup — whose entries may reuse ids with other contents — and then the copy is read whole. (The trail
    /// only vouches for the history here; whether the data changed is the counter's business.)
    /// </summary>
    private async Task<bool> ContinuesWhatWasSeenAsync(EntenteDb db, DataVersion now, CancellationToken ct)
    {
        if (_seen is not { } seen)
        {
            return true;
        }

        if (now.Number < seen.Version.Number)
        {
            return false;
        }

        if (seen.AuditMark.Sequence == 0)
        {
            return true;
        }

        var hash = await db.AuditEntries.IgnoreQueryFilters().Where(e => e.Sequence == seen.AuditMark.Sequence).Select(e => e.Hash).FirstOrDefaultAsync(ct);
        return hash == seen.AuditMark.Hash;
    }

    private static async Task<(long Sequence, string Hash)> LastAuditEntryAsync(EntenteDb db, CancellationToken ct)
    {
        var last = await db.AuditEntries.IgnoreQueryFilters().OrderByDescending(e => e.Sequence)
            .Select(e => new { e.Sequence, e.Hash }).FirstOrDefaultAsync(ct);
        return last is null ? (0, "") : (last.Sequence, last.Hash);
    }

    public void Dispose()
    {
        _refresh.Dispose();
        _lock.Dispose();
    }

    /// <summary>Every entry's terms, streamed into a new index, and the entries that need an access check.</summary>
    private static async Task<(RankedIndex Index, HashSet<int> Restricted)> LoadAsync(EntenteDb db, CancellationToken ct)
    {
        var index = new RankedIndex();
        var restricted = new HashSet<int>();
        var entries = db.SearchEntries.AsNoTracking().OrderBy(e => e.Id)
            .Select(e => new { e.Id, e.RecordType, e.TitleTerms, e.BodyTerms })
            .AsAsyncEnumerable();
        await foreach (var entry in entries.WithCancellation(ct))
        {
            index.Add(entry.Id, entry.TitleTerms, entry.BodyTerms);
            if (IsRestricted(entry.RecordType))
            {
                restricted.Add(entry.Id);
            }
        }

        return (index, restricted);
    }

    private static bool IsRestricted(string recordType) => !SearchRecordTypes.Public.Contains(recordType);

    /// <summary>
    /// Applies the entries added and removed since the last refresh (entries are never changed in place: the indexer
    /// deletes and adds). False when so much changed that reading the index whole is better.
    /// </summary>
    private async Task<bool> CatchUpAsync(EntenteDb db, CancellationToken ct)
    {
        var index = _index!;
        var current = (await db.SearchEntries.Select(e => e.Id).ToListAsync(ct)).ToHashSet();
        var removed = index.EntryIds.Where(id => !current.Contains(id)).ToList();
        var added = current.Where(id => !index.Contains(id)).Order().ToList();
        var bound = Math.Max(reloadAfter, index.Count / 4);
        if (index.DeadCount + removed.Count > bound || added.Count > bound)
        {
            return false;
        }

        var rows = new List<(int Id, string RecordType, string TitleTerms, string BodyTerms)>(added.Count);
        foreach (var batch in added.Chunk(FetchBatch))
        {
            var ids = batch.ToList();
            var read = await db.SearchEntries.AsNoTracking().Where(e => EF.Parameter(ids).Contains(e.Id))
                .OrderBy(e => e.Id).Select(e => new { e.Id, e.RecordType, e.TitleTerms, e.BodyTerms }).ToListAsync(ct);
            rows.AddRange(read.Select(r => (r.Id, r.RecordType, r.TitleTerms, r.BodyTerms)));
        }

        _lock.EnterWriteLock();
        try
        {
            foreach (var id in removed)
            {
                index.Remove(id);
                _restricted.Remove(id);
                _displays.TryRemove(id, out _);
            }

            foreach (var row in rows)
            {
                index.Add(row.Id, row.TitleTerms, row.BodyTerms);
                if (IsRestricted(row.RecordType))
                {
                    _restricted.Add(row.Id);
                }
            }
        }
        finally
        {
            _lock.ExitWriteLock();
        }

        return true;
    }

    /// <summary>Reads the copy under the read lock, so no update is applied halfway through.</summary>
    private T Read<T>(Func<T> read)
    {
        _lock.EnterReadLock();
        try
        {
            return read();
        }
        finally
        {
            _lock.ExitReadLock();
        }
    }

    private void ForgetDisplays()
    {
        _displays.Clear();
        Interlocked.Exchange(ref _displayCharacters, 0);
    }

    private sealed record Seen(DataVersion Version, (long Sequence, string Hash) AuditMark);

    private void Swap(RankedIndex loaded, HashSet<int> restricted)
    {
        _lock.EnterWriteLock();
        try
        {
            _index = loaded;
            _restricted = restricted;
            Interlocked.Increment(ref _generation);
            ForgetDisplays();
        }
        finally
        {
            _lock.ExitWriteLock();
        }
    }
}

/// <summary>What a search result shows of an index entry; <see cref="Body"/> is the start of the text snippets are cut from.</summary>
public sealed record EntryDisplay(int Id, string RecordType, int RecordId, string? Kind, string Title, string Url, DateOnly? On, string Body);
