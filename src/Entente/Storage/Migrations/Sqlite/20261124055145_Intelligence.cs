using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Entente.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Intelligence : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ClauseLinks",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SourceDocumentId = table.Column<int>(type: "INTEGER", nullable: false),
                    AgreementId = table.Column<int>(type: "INTEGER", nullable: false),
                    Clause = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Evidence = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Score = table.Column<double>(type: "REAL", nullable: false),
                    SpanStart = table.Column<int>(type: "INTEGER", nullable: false),
                    SpanEnd = table.Column<int>(type: "INTEGER", nullable: false),
                    Passage = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ClauseLinks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ClauseLinks_Agreements_AgreementId",
                        column: x => x.AgreementId,
                        principalTable: "Agreements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ClauseLinks_SourceDocuments_SourceDocumentId",
                        column: x => x.SourceDocumentId,
                        principalTable: "SourceDocuments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ClauseLinks_AgreementId_Clause",
                table: "ClauseLinks",
                columns: new[] { "AgreementId", "Clause" });

            migrationBuilder.CreateIndex(
                name: "IX_ClauseLinks_SourceDocumentId",
                table: "ClauseLinks",
                column: "SourceDocumentId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ClauseLinks");
        }
    }
}
