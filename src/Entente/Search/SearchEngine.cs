using Entente.Storage;
using Microsoft.EntityFrameworkCore;

namespace Entente.Search;

/// <summary>An index entry the engine matched, with its relevance (higher is better).</summary>
public sealed record SearchMatch(int EntryId, double Score);

/// <summary>
/// The engine-specific part of a search, and only that: which entries hold every term, and how well each
/// matches. SQLite answers with FTS5 and BM25 (title terms weighing four times body terms); PostgreSQL with
/// the GIN-indexed tsvector and ts_rank. The result is a query the rest of the search composes on.
/// </summary>
public static class SearchEngine
{
    /// <summary>The entries holding every term; with <paramref name="top"/>, only that many of the best.</summary>
    public static IQueryable<SearchMatch> Matches(EntenteDb db, IReadOnlyList<string> terms, int? top = null)
    {
        // int.MaxValue stands for "no limit", so each engine keeps one statement (and one cached plan).
        var limit = top ?? int.MaxValue;
        // Terms are letters and digits only (SearchAnalyzer), so quoting them is all the escaping either syntax needs.
        if (db.Database.IsNpgsql())
        {
            var tsquery = string.Join(" & ", terms.Select(t => $"'{t}'"));
            // The terms expression is written out, not passed as a value, so that the index over it answers;
            // {0} and {1} are parameters.
            return db.Database.SqlQueryRaw<SearchMatch>($$"""
                SELECT "Id" AS "EntryId", ts_rank({{SearchSchema.PostgresTerms}}, to_tsquery('simple', {0}))::float8 AS "Score"
                FROM "SearchEntries" WHERE {{SearchSchema.PostgresTerms}} @@ to_tsquery('simple', {0})
                ORDER BY 2 DESC LIMIT {1}
                """, tsquery, limit);
        }

        var match = string.Join(' ', terms.Select(t => $"\"{t}\""));
        return db.Database.SqlQuery<SearchMatch>($"""
            SELECT rowid AS EntryId, -bm25(SearchEntriesFts, 4.0, 1.0) AS Score
            FROM SearchEntriesFts WHERE SearchEntriesFts MATCH {match}
            ORDER BY 2 DESC LIMIT {limit}
            """);
    }
}
