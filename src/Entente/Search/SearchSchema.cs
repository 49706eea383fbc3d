using Microsoft.EntityFrameworkCore;

namespace Entente.Search;

/// <summary>
/// The full-text structures over <c>SearchEntries</c>, which EF Core's model cannot describe: on SQLite an
/// FTS5 table reading the entries' term columns, kept in step by triggers; on PostgreSQL a stored tsvector
/// column (title terms weighted A, body terms B) with a GIN index. Both hold the same pre-stemmed terms,
/// so both engines only split on spaces and never stem themselves. Created after the migrations, idempotently.
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

    private static readonly string[] s_postgres =
    [
        """
        ALTER TABLE "SearchEntries" ADD COLUMN IF NOT EXISTS "Terms" tsvector GENERATED ALWAYS AS (
            setweight(to_tsvector('simple', "TitleTerms"), 'A') || setweight(to_tsvector('simple', "BodyTerms"), 'B')) STORED
        """,
        """CREATE INDEX IF NOT EXISTS "IX_SearchEntries_Terms" ON "SearchEntries" USING GIN ("Terms")""",
    ];

    /// <summary>Creates what is missing; true when the full-text structures were new (their index must be built).</summary>
    public static async Task<bool> EnsureAsync(DbContext db, CancellationToken ct)
    {
        var existed = await ExistsAsync(db, ct);
        foreach (var statement in db.Database.IsNpgsql() ? s_postgres : s_sqlite)
        {
            await db.Database.ExecuteSqlRawAsync(statement, ct);
        }

        if (!existed && !db.Database.IsNpgsql())
        {
            // An FTS5 table over existing content starts empty; 'rebuild' reads the content table once.
            await db.Database.ExecuteSqlRawAsync($"INSERT INTO {SqliteFtsTable}({SqliteFtsTable}) VALUES ('rebuild')", ct);
        }

        return !existed;
    }

    private static async Task<bool> ExistsAsync(DbContext db, CancellationToken ct)
    {
        var sql = db.Database.IsNpgsql()
            ? """SELECT COUNT(*)::int AS "Value" FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = 'SearchEntries' AND column_name = 'Terms'"""
            : $"SELECT COUNT(*) AS Value FROM sqlite_master WHERE name = '{SqliteFtsTable}'";
        return await db.Database.SqlQueryRaw<int>(sql).SingleAsync(ct) > 0;
    }
}
