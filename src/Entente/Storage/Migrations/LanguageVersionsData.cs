namespace Entente.Storage.Migrations;

/// <summary>
/// The data step of the LanguageVersions migration, the same SQL for SQLite and PostgreSQL: agreements' single
/// stored text and provisions' <c>Text</c> and <c>Summary</c> columns move to language versions.
/// </summary>
internal static class LanguageVersionsData
{
    // A stored text whose language was not told is taken for English, as ingestion does.
    public const string CopyVersions = """
        INSERT INTO "AgreementVersions" ("AgreementId", "Language", "Authentic", "SourceDocumentId")
        SELECT a."Id", CASE WHEN length(d."Language") = 2 THEN d."Language" ELSE 'en' END, FALSE, a."TextDocumentId"
        FROM "Agreements" a JOIN "SourceDocuments" d ON d."Id" = a."TextDocumentId";
        """;

    public const string CopySummaries = """
        INSERT INTO "ProvisionTexts" ("ProvisionId", "Language", "Text", "Summary")
        SELECT p."Id", 'en', NULL, p."Summary" FROM "Provisions" p WHERE p."Summary" IS NOT NULL;
        """;

    public const string CopyTexts = """
        INSERT INTO "ProvisionTexts" ("ProvisionId", "Language", "Text", "Summary")
        SELECT p."Id", COALESCE(v."Language", 'en'), p."Text", NULL
        FROM "Provisions" p LEFT JOIN "AgreementVersions" v ON v."AgreementId" = p."AgreementId"
        WHERE p."Text" IS NOT NULL
        ON CONFLICT ("ProvisionId", "Language") DO UPDATE SET "Text" = excluded."Text";
        """;
}
