using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Entente.Storage.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class DocumentHints : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "GivenDate",
                table: "SourceDocuments",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "GivenMediaType",
                table: "SourceDocuments",
                type: "character varying(128)",
                maxLength: 128,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "GivenTitle",
                table: "SourceDocuments",
                type: "character varying(1000)",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "StaleIndicators",
                columns: table => new
                {
                    IndicatorKey = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StaleIndicators", x => x.IndicatorKey);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "StaleIndicators");

            migrationBuilder.DropColumn(
                name: "GivenDate",
                table: "SourceDocuments");

            migrationBuilder.DropColumn(
                name: "GivenMediaType",
                table: "SourceDocuments");

            migrationBuilder.DropColumn(
                name: "GivenTitle",
                table: "SourceDocuments");
        }
    }
}
