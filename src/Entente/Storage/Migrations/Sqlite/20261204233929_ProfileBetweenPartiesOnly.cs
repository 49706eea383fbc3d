using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Entente.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ProfileBetweenPartiesOnly : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "BetweenPartiesOnly",
                table: "ClauseProfiles",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "BetweenPartiesOnly",
                table: "ClauseProfiles");
        }
    }
}
