using Entente.Access;
using Entente.Storage;
using Microsoft.EntityFrameworkCore;

namespace Entente.Search;

/// <summary>One result: what was found, where to read it, how well it matched, and the passage that matched.</summary>
/// <param name="Type">One of <see cref="SearchRecordTypes"/>.</param>
/// <param name="Id">The record's id within its type.</param>
/// <param name="Kind">The agreement, document or consultation kind, when the record has one.</param>
/// <param name="Title">The record's title.</param>
/// <param name="Url">Where to read the record.</param>
/// <param name="On">The record's date: signing, document date, due date or request date.</param>
/// <param name="Score">Relevance as the engine ranks it; higher is better, comparable within one search only.</param>
/// <param name="Snippet">HTML: the passage, escaped, with each matched word in <c>&lt;mark&gt;</c>.</param>
public sealed record SearchHit([property: Web.KeyOf(typeof(SearchRecordTypes))] string Type, int Id, string? Kind, string Title, string Url, DateOnly? On, double Score, string Snippet);

/// <summary>The results of one search, best first.</summary>
/// <param name="Query">The query as asked.</param>
/// <param name="Terms">The terms the query was reduced to (stems, folded).</param>
/// <param name="Results">The results the viewer may read, best first.</param>
/// <param name="More">Whether more results exist beyond the limit.</param>
public sealed record SearchResults(string Query, IReadOnlyList<string> Terms, IReadOnlyList<SearchHit> Results, bool More);

/// <summary>
/// Entente's one search: the engine's matches, narrowed to what the viewer may read and to the filters,
/// ranked, with snippets. Access reuses the records' own filtered sets: an action item or consultation is
/// found only when <c>db.ActionItems</c> or <c>db.Consultations</c> would show it to this viewer.
/// </summary>
public static class SearchService
{
    /// <summary>Characters of a long text read for its snippet; matches further in still rank, without a passage.</summary>
    private const int SnippetSourceLength = 100_000;

    /// <param name="db">The viewer's context.</param>
    /// <param name="criteria">What was asked.</param>
    /// <param name="ct">Cancels the search.</param>
    /// <param name="replica">A server's in-memory copy of the index to rank with; without it the database's engine ranks.</param>
    public static async Task<SearchResults> SearchAsync(EntenteDb db, SearchCriteria criteria, CancellationToken ct, SearchReplica? replica = null)
    {
        var entries = Visible(db);
        if (criteria.RecordType is { } type)
        {
            entries = entries.Where(e => e.RecordType == type);
        }

        if (criteria.Kind is { } kind)
        {
            entries = entries.Where(e => e.Kind == kind);
        }

        if (criteria.Sphere is { } sphere)
        {
            var key = $"|{sphere}|";
            entries = entries.Where(e => e.Spheres.Contains(key));
        }

        if (criteria.Party is { } party)
        {
            var key = $"|{party}|";
            entries = entries.Where(e => e.Parties.Contains(key));
        }

        if (criteria.AgreementId is { } agreement)
        {
            var key = SearchEntry.Join([agreement]);
            entries = entries.Where(e => e.Agreements.Contains(key));
        }

        if (criteria.From is { } from)
        {
            entries = entries.Where(e => e.On >= from);
        }

        if (criteria.To is { } to)
        {
            entries = entries.Where(e => e.On <= to);
        }

        // The engine ranks; its best few hundred matches are then checked against access and filters by id.
        // Without narrow filters they hold the page, so a common word is never joined match by match with
        // the entries. When filters leave too few, wider windows follow, up to every match.
        var wanted = criteria.Limit + 1;
        var top = new List<(int Id, double Score)>();
        if (replica is not null)
        {
            // Once per search: every window below ranks the same state of the data.
            await replica.RefreshAsync(db, ct);
        }

        foreach (var window in new[] { wanted * 10, wanted * 200, int.MaxValue })
        {
            var matches = replica is null
                ? await SearchEngine.Matches(db, criteria.Terms, window).ToListAsync(ct)
                : replica.Match(criteria.Terms, window);
            var scores = matches.ToDictionary(m => m.EntryId, m => m.Score);
            var passing = await PassingAsync(entries, [.. scores.Keys], criteria, replica, ct);
            // Equal scores: the older entry first, whichever engine ranked.
            top = [.. passing.OrderByDescending(id => scores[id]).ThenBy(id => id).Take(wanted).Select(id => (id, scores[id]))];
            if (top.Count == wanted || matches.Count < window)
            {
                break;
            }
        }

        var ids = top.Take(criteria.Limit).Select(r => r.Id).ToList();
        if (ids.Count == 0)
        {
            return new SearchResults(criteria.Query, criteria.Terms, [], More: false);
        }

        var shown = replica is null ? await DisplaysAsync(db, ids, ct) : await replica.DisplaysAsync(ids, missing => DisplaysAsync(db, missing, ct));

        var analyzer = new SearchAnalyzer();
        var terms = criteria.Terms.ToHashSet(StringComparer.Ordinal);
        var hits = top.Take(criteria.Limit).Where(r => shown.ContainsKey(r.Id)).Select(r => (r.Score, Entry: shown[r.Id]))
            .Select(r => new SearchHit(
                r.Entry.RecordType, r.Entry.RecordId, r.Entry.Kind, r.Entry.Title, r.Entry.Url, r.Entry.On, Math.Round(r.Score, 6),
                SearchSnippets.Html(analyzer, r.Entry.Body, terms)))
            .ToList();
        return new SearchResults(criteria.Query, criteria.Terms, hits, top.Count > criteria.Limit);
    }

    /// <summary>What the results show of these entries, read from the index table.</summary>
    private static async Task<Dictionary<int, EntryDisplay>> DisplaysAsync(EntenteDb db, List<int> ids, CancellationToken ct)
    {
        var displays = await db.SearchEntries.AsNoTracking().Where(e => EF.Parameter(ids).Contains(e.Id))
            .Select(e => new EntryDisplay(e.Id, e.RecordType, e.RecordId, e.Kind, e.Title, e.Url, e.On, e.Body.Substring(0, SnippetSourceLength)))
            .ToDictionaryAsync(e => e.Id, ct);
        var bodies = await SearchEntryBuilder.BodiesAsync(db, displays.Values.Select(d => (d.Id, d.RecordType, d.RecordId)), SnippetSourceLength, ct);
        foreach (var (id, body) in bodies)
        {
            displays[id] = displays[id] with { Body = body };
        }

        return displays;
    }

    /// <summary>The matched entries the viewer may read and the filters allow.</summary>
    private static async Task<List<int>> PassingAsync(
        IQueryable<SearchEntry> entries, List<int> matched, SearchCriteria criteria, SearchReplica? replica, CancellationToken ct)
    {
        // Without filters, agreements, clauses and documents pass for every viewer: the server's copy knows which
        // matches they are, and only the others (action items, consultations) are checked against access.
        var toCheck = replica is not null && !criteria.HasFilters ? replica.NeedingAccessCheck(matched) : matched;
        var passing = toCheck.Count == matched.Count ? [] : matched.Except(toCheck).ToList();
        if (toCheck.Count > 0)
        {
            // The ids go as one array parameter (json_each on SQLite): SQLite then looks each one up by key. Spelt out
            // as hundreds of parameters (EF's default), its planner scanned every entry of a type instead — 28 ms
            // instead of under 1 ms at 100,000 documents.
            passing.AddRange(await entries.Where(e => EF.Parameter(toCheck).Contains(e.Id)).Select(e => e.Id).ToListAsync(ct));
        }

        return passing;
    }

    /// <summary>
    /// Whether the viewer finds only the public legal base and documents — an anonymous visitor — so that every such
    /// viewer gets the same answer. A Party's view without a user (reports from the command line) is not one.
    /// </summary>
    public static bool FindsOnlyPublic(Viewer viewer) => !viewer.IsSystem && !viewer.IsAuthenticated && viewer.PartyCode is null;

    /// <summary>The entries this viewer may read: the public legal base and documents, and the records its filtered sets show.</summary>
    private static IQueryable<SearchEntry> Visible(EntenteDb db)
    {
        var entries = db.SearchEntries.AsNoTracking();
        if (FindsOnlyPublic(db.Viewer))
        {
            return entries.Where(e => e.RecordType == SearchRecordTypes.Agreement || e.RecordType == SearchRecordTypes.Clause || e.RecordType == SearchRecordTypes.Document);
        }

        return entries.Where(e =>
            e.RecordType == SearchRecordTypes.Agreement || e.RecordType == SearchRecordTypes.Clause || e.RecordType == SearchRecordTypes.Document
            || (e.RecordType == SearchRecordTypes.ActionItem && db.ActionItems.Any(i => i.Id == e.RecordId))
            || (e.RecordType == SearchRecordTypes.Consultation && db.Consultations.Any(c => c.Id == e.RecordId)));
    }
}
