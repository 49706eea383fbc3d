using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Entente.Storage.Migrations.Postgres
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
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PeriodPrecision",
                table: "Observations",
                type: "character varying(16)",
                maxLength: 16,
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateTable(
                name: "Conflicts",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Identity = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Severity = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    IndicatorKey = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    PeriodStart = table.Column<DateOnly>(type: "date", nullable: false),
                    PeriodEnd = table.Column<DateOnly>(type: "date", nullable: false),
                    Explanation = table.Column<string>(type: "text", nullable: false),
                    DetectedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    StillDetected = table.Column<bool>(type: "boolean", nullable: false),
                    ResolvedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ResolvedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    ResolutionNote = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    FirstDocumentId = table.Column<int>(type: "integer", nullable: true),
                    FirstLabel = table.Column<string>(type: "character varying(512)", maxLength: 512, nullable: false),
                    FirstObservationId = table.Column<int>(type: "integer", nullable: true),
                    FirstPeriodEnd = table.Column<DateOnly>(type: "date", nullable: false),
                    FirstPeriodStart = table.Column<DateOnly>(type: "date", nullable: false),
                    FirstQualifier = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    FirstQuote = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    FirstSpanEnd = table.Column<int>(type: "integer", nullable: true),
                    FirstSpanStart = table.Column<int>(type: "integer", nullable: true),
                    FirstUnit = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    FirstValue = table.Column<decimal>(type: "numeric(28,6)", precision: 28, scale: 6, nullable: false),
                    SecondDocumentId = table.Column<int>(type: "integer", nullable: true),
                    SecondLabel = table.Column<string>(type: "character varying(512)", maxLength: 512, nullable: false),
                    SecondObservationId = table.Column<int>(type: "integer", nullable: true),
                    SecondPeriodEnd = table.Column<DateOnly>(type: "date", nullable: false),
                    SecondPeriodStart = table.Column<DateOnly>(type: "date", nullable: false),
                    SecondQualifier = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    SecondQuote = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    SecondSpanEnd = table.Column<int>(type: "integer", nullable: true),
                    SecondSpanStart = table.Column<int>(type: "integer", nullable: true),
                    SecondUnit = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    SecondValue = table.Column<decimal>(type: "numeric(28,6)", precision: 28, scale: 6, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Conflicts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ObservationSources",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ObservationId = table.Column<int>(type: "integer", nullable: false),
                    SourceDocumentId = table.Column<int>(type: "integer", nullable: false),
                    SpanStart = table.Column<int>(type: "integer", nullable: false),
                    SpanEnd = table.Column<int>(type: "integer", nullable: false),
                    Qualifier = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Quote = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    Passage = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    ChangePercent = table.Column<decimal>(type: "numeric(18,6)", precision: 18, scale: 6, nullable: true)
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
