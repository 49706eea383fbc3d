using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Entente.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class SeriesAndConflicts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "DerivedFromId",
                table: "Observations",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PeriodPrecision",
                table: "Observations",
                type: "TEXT",
                maxLength: 16,
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateTable(
                name: "Conflicts",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Identity = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Severity = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    IndicatorKey = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    PeriodStart = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    PeriodEnd = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Explanation = table.Column<string>(type: "TEXT", nullable: false),
                    DetectedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    StillDetected = table.Column<bool>(type: "INTEGER", nullable: false),
                    ResolvedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    ResolvedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    ResolutionNote = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    FirstDocumentId = table.Column<int>(type: "INTEGER", nullable: true),
                    FirstLabel = table.Column<string>(type: "TEXT", maxLength: 512, nullable: false),
                    FirstObservationId = table.Column<int>(type: "INTEGER", nullable: true),
                    FirstPeriodEnd = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    FirstPeriodStart = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    FirstQualifier = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    FirstQuote = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    FirstSpanEnd = table.Column<int>(type: "INTEGER", nullable: true),
                    FirstSpanStart = table.Column<int>(type: "INTEGER", nullable: true),
                    FirstUnit = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    FirstValue = table.Column<decimal>(type: "TEXT", precision: 28, scale: 6, nullable: false),
                    SecondDocumentId = table.Column<int>(type: "INTEGER", nullable: true),
                    SecondLabel = table.Column<string>(type: "TEXT", maxLength: 512, nullable: false),
                    SecondObservationId = table.Column<int>(type: "INTEGER", nullable: true),
                    SecondPeriodEnd = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    SecondPeriodStart = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    SecondQualifier = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    SecondQuote = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    SecondSpanEnd = table.Column<int>(type: "INTEGER", nullable: true),
                    SecondSpanStart = table.Column<int>(type: "INTEGER", nullable: true),
                    SecondUnit = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    SecondValue = table.Column<decimal>(type: "TEXT", precision: 28, scale: 6, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Conflicts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ObservationSources",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ObservationId = table.Column<int>(type: "INTEGER", nullable: false),
                    SourceDocumentId = table.Column<int>(type: "INTEGER", nullable: false),
                    SpanStart = table.Column<int>(type: "INTEGER", nullable: false),
                    SpanEnd = table.Column<int>(type: "INTEGER", nullable: false),
                    Qualifier = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Quote = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Passage = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    ChangePercent = table.Column<decimal>(type: "TEXT", precision: 18, scale: 6, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ObservationSources", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ObservationSources_Observations_ObservationId",
                        column: x => x.ObservationId,
                        principalTable: "Observations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ObservationSources_SourceDocuments_SourceDocumentId",
                        column: x => x.SourceDocumentId,
                        principalTable: "SourceDocuments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Conflicts_Identity",
                table: "Conflicts",
                column: "Identity",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ObservationSources_ObservationId",
                table: "ObservationSources",
                column: "ObservationId");

            migrationBuilder.CreateIndex(
                name: "IX_ObservationSources_SourceDocumentId",
                table: "ObservationSources",
                column: "SourceDocumentId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Conflicts");

            migrationBuilder.DropTable(
                name: "ObservationSources");

            migrationBuilder.DropColumn(
                name: "DerivedFromId",
                table: "Observations");

            migrationBuilder.DropColumn(
                name: "PeriodPrecision",
                table: "Observations");
        }
    }
}
