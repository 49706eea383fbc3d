using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Entente.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class PrivateComments : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "PrivateComments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CommitmentId = table.Column<int>(type: "INTEGER", nullable: false),
                    OwnerPartyCode = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    Visibility = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    WrittenAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    WrittenBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PrivateComments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PrivateComments_Commitments_CommitmentId",
                        column: x => x.CommitmentId,
                        principalTable: "Commitments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_PrivateComments_CommitmentId_OwnerPartyCode",
                table: "PrivateComments",
                columns: new[] { "CommitmentId", "OwnerPartyCode" });

            migrationBuilder.Sql(KeptAssessments.MoveToPrivateComments);
            migrationBuilder.DropColumn(
                name: "Visibility",
                table: "Assessments");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PrivateComments");

            migrationBuilder.AddColumn<string>(
                name: "Visibility",
                table: "Assessments",
                type: "TEXT",
                maxLength: 32,
                nullable: false,
                defaultValue: "shared");
        }
    }
}
