using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Entente.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ClauseEvidence : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "ActivityDate",
                table: "ClauseLinks",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "Baseline",
                table: "ClauseLinks",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "Cue",
                table: "ClauseLinks",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Kind",
                table: "ClauseLinks",
                type: "TEXT",
                maxLength: 16,
                nullable: false,
                defaultValue: "cites");

            migrationBuilder.CreateTable(
                name: "ClauseProfiles",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AgreementId = table.Column<int>(type: "INTEGER", nullable: false),
                    Clause = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    NamesJson = table.Column<string>(type: "TEXT", nullable: false),
                    TermsJson = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ClauseProfiles", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ClauseProfiles_Agreements_AgreementId",
                        column: x => x.AgreementId,
                        principalTable: "Agreements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ClauseProfiles_AgreementId_Clause",
                table: "ClauseProfiles",
                columns: new[] { "AgreementId", "Clause" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ClauseProfiles");

            migrationBuilder.DropColumn(
                name: "ActivityDate",
                table: "ClauseLinks");

            migrationBuilder.DropColumn(
                name: "Baseline",
                table: "ClauseLinks");

            migrationBuilder.DropColumn(
                name: "Cue",
                table: "ClauseLinks");

            migrationBuilder.DropColumn(
                name: "Kind",
                table: "ClauseLinks");
        }
    }
}
