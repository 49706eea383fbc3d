using Microsoft.EntityFrameworkCore;

namespace Entente.Search;

/// <summary>
/// The full-text structures over <c>SearchEntries</c>, which EF Core's model cannot describe: on SQLite an
/// FTS5 table reading the entries' term columns, kept in step by triggers; on PostgreSQL a GIN index over
/// <see cref="PostgresTerms"/>, the entry's terms as a tsvector (title terms weighted A, body terms B). Both read the
/// same pre-stemmed terms, so both engines only split on spaces and never stem themselves. Created after the
/// migrations, idempotently.
/// </summary>
public static class SearchSchema
{
    public const string SqliteFtsTable = "SearchEntriesFts";

    private static readonly string[] s_sqlite =
    [
        $"""
        CREATE VIRTUAL TABLE IF NOT EXISTS {SqliteFtsTable} USING fts5(
            TitleTerms, BodyTerms, content='SearchEntries', content_rowid='Id', tokenize='unicode61 remove_diacritics 0')
        """,
        $"""
        CREATE TRIGGER IF NOT EXISTS SearchEntries_fts_insert AFTER INSERT ON SearchEntries BEGIN
            INSERT INTO {SqliteFtsTable}(rowid, TitleTerms, BodyTerms) VALUES (new.Id, new.TitleTerms, new.BodyTerms);
        END
        """,
        $"""
        CREATE TRIGGER IF NOT EXISTS SearchEntries_fts_delete AFTER DELETE ON SearchEntries BEGIN
            INSERT INTO {SqliteFtsTable}({SqliteFtsTable}, rowid, TitleTerms, BodyTerms) VALUES ('delete', old.Id, old.TitleTerms, old.BodyTerms);
        END
        """,
        $"""
        CREATE TRIGGER IF NOT EXISTS SearchEntries_fts_update AFTER UPDATE ON SearchEntries BEGIN
            INSERT INTO {SqliteFtsTable}({SqliteFtsTable}, rowid, TitleTerms, BodyTerms) VALUES ('delete', old.Id, old.TitleTerms, old.BodyTerms);
            INSERT INTO {SqliteFtsTable}(rowid, TitleTerms, BodyTerms) VALUES (new.Id, new.TitleTerms, new.BodyTerms);
        END
        """,
    ];

    /// <summary>
    /// An entry's terms as PostgreSQL indexes and ranks them. A query must write this expression as it is for the
    /// index to answer it. (It was a stored column until the search copy was found to hold every term twice, in
    /// the text and in the vector: 34 of 120 MB on the 300 ToTA treaties; docs/benchmarks.md.)
    /// </summary>
    public const string PostgresTerms =
        """(setweight(to_tsvector('simple', "TitleTerms"), 'A') || setweight(to_tsvector('simple', "BodyTerms"), 'B'))""";

    private const string PostgresIndex = "IX_SearchEntries_TermsVector";

    private static readonly string[] s_postgres =
    [
        // What databases made before the index read the expression hold: a stored vector and its index.
        """DROP INDEX IF EXISTS "IX_SearchEntries_Terms" """,
        """ALTER TABLE "SearchEntries" DROP COLUMN IF EXISTS "Terms" """,
        $"""CREATE INDEX IF NOT EXISTS "{PostgresIndex}" ON "SearchEntries" USING GIN ({PostgresTerms})""",
    ];

    /// <summary>Creates what is missing; true when the entries must be read into the new structures (SQLite's FTS table).</summary>
    public static async Task<bool> EnsureAsync(DbContext db, CancellationToken ct)
    {
        if (db.Database.IsNpgsql())
        {
            // Creating the index reads the entries already stored.
            foreach (var statement in s_postgres)
            {
                await db.Database.ExecuteSqlRawAsync(statement, ct);
            }

            return false;
        }

        var existed = await db.Database
            .SqlQueryRaw<int>($"SELECT COUNT(*) AS Value FROM sqlite_master WHERE name = '{SqliteFtsTable}'").SingleAsync(ct) > 0;
        foreach (var statement in s_sqlite)
        {
            await db.Database.ExecuteSqlRawAsync(statement, ct);
        }

        if (!existed)
        {
            // An FTS5 table over existing content starts empty; 'rebuild' reads the content table once.
            await db.Database.ExecuteSqlRawAsync($"INSERT INTO {SqliteFtsTable}({SqliteFtsTable}) VALUES ('rebuild')", ct);
        }

        return !existed;
    }
}
