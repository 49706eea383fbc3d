using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Entente.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Search : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "SearchEntries",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RecordType = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    RecordId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    Url = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Body = table.Column<string>(type: "TEXT", nullable: false),
                    TitleTerms = table.Column<string>(type: "TEXT", nullable: false),
                    BodyTerms = table.Column<string>(type: "TEXT", nullable: false),
                    On = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Spheres = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Parties = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Agreements = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Visibility = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SearchEntries", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_SearchEntries_On",
                table: "SearchEntries",
                column: "On");

            migrationBuilder.CreateIndex(
                name: "IX_SearchEntries_RecordType_RecordId",
                table: "SearchEntries",
                columns: new[] { "RecordType", "RecordId" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "SearchEntries");
        }
    }
}
