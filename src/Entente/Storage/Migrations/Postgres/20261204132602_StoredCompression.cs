using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Entente.Storage.Migrations.Postgres
{
    /// <summary>
    /// A document's text and analysis and a provision's words become bytea, written zlib-compressed from now on
    /// (<see cref="Entente.Storage.StoredCompression"/>); the values already stored become their UTF-8 bytes, which
    /// read back as the same text.
    /// </summary>
    public partial class StoredCompression : Migration
    {
        private static readonly (string Table, string Column)[] s_columns =
            [("SourceDocuments", "Text"), ("SourceDocuments", "AnalysisJson"), ("ProvisionTexts", "Text")];

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            foreach (var (table, column) in s_columns)
            {
                migrationBuilder.Sql($"""ALTER TABLE "{table}" ALTER COLUMN "{column}" TYPE bytea USING convert_to("{column}", 'UTF8')""");
            }
        }

        /// <summary>Back to text; fails, leaving the columns as they are, once a compressed value has been written.</summary>
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var (table, column) in s_columns)
            {
                migrationBuilder.Sql($"""ALTER TABLE "{table}" ALTER COLUMN "{column}" TYPE text USING convert_from("{column}", 'UTF8')""");
            }
        }
    }
}
