using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Entente.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ClauseProfileVersion : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "Version",
                table: "ClauseProfiles",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Version",
                table: "ClauseProfiles");
        }
    }
}
