using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Entente.Storage.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class LanguageVersions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Description_Az",
                table: "Indicators",
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Description_Ru",
                table: "Indicators",
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "AgreementVersions",
                columns: table => new
                {
                    AgreementId = table.Column<int>(type: "integer", nullable: false),
                    Language = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    Authentic = table.Column<bool>(type: "boolean", nullable: false),
                    SourceDocumentId = table.Column<int>(type: "integer", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AgreementVersions", x => new { x.AgreementId, x.Language });
                    table.ForeignKey(
                        name: "FK_AgreementVersions_Agreements_AgreementId",
                        column: x => x.AgreementId,
                        principalTable: "Agreements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_AgreementVersions_SourceDocuments_SourceDocumentId",
                        column: x => x.SourceDocumentId,
                        principalTable: "SourceDocuments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "ProvisionTexts",
                columns: table => new
                {
                    ProvisionId = table.Column<int>(type: "integer", nullable: false),
                    Language = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    Text = table.Column<string>(type: "text", nullable: true),
                    Summary = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProvisionTexts", x => new { x.ProvisionId, x.Language });
                    table.ForeignKey(
                        name: "FK_ProvisionTexts_Provisions_ProvisionId",
                        column: x => x.ProvisionId,
                        principalTable: "Provisions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AgreementVersions_SourceDocumentId",
                table: "AgreementVersions",
                column: "SourceDocumentId");

            // Each agreement's stored text becomes its version in that text's language, and each provision's
            // words and English summary move to its entry of that language, before the old columns go.
            migrationBuilder.Sql(LanguageVersionsData.CopyVersions);
            migrationBuilder.Sql(LanguageVersionsData.CopySummaries);
            migrationBuilder.Sql(LanguageVersionsData.CopyTexts);

            migrationBuilder.DropForeignKey(
                name: "FK_Agreements_SourceDocuments_TextDocumentId",
                table: "Agreements");

            migrationBuilder.DropIndex(
                name: "IX_Agreements_TextDocumentId",
                table: "Agreements");

            migrationBuilder.DropColumn(
                name: "Summary",
                table: "Provisions");

            migrationBuilder.DropColumn(
                name: "Text",
                table: "Provisions");

            migrationBuilder.DropColumn(
                name: "TextDocumentId",
                table: "Agreements");

        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AgreementVersions");

            migrationBuilder.DropTable(
                name: "ProvisionTexts");

            migrationBuilder.DropColumn(
                name: "Description_Az",
                table: "Indicators");

            migrationBuilder.DropColumn(
                name: "Description_Ru",
                table: "Indicators");

            migrationBuilder.AddColumn<string>(
                name: "Summary",
                table: "Provisions",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Text",
                table: "Provisions",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "TextDocumentId",
                table: "Agreements",
                type: "integer",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Agreements_TextDocumentId",
                table: "Agreements",
                column: "TextDocumentId");

            migrationBuilder.AddForeignKey(
                name: "FK_Agreements_SourceDocuments_TextDocumentId",
                table: "Agreements",
                column: "TextDocumentId",
                principalTable: "SourceDocuments",
                principalColumn: "Id",
                onDelete: ReferentialAction.SetNull);
        }
    }
}
