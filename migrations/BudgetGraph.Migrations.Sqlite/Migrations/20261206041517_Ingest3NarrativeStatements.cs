using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BudgetGraph.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Ingest3NarrativeStatements : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "BaseLabel",
                table: "NarrativeFigureFacts",
                type: "TEXT",
                maxLength: 300,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Comparison",
                table: "NarrativeFigureFacts",
                type: "TEXT",
                maxLength: 16,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "PercentTenThousandths",
                table: "NarrativeFigureFacts",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "PercentDecimals",
                table: "NarrativeFigureFacts",
                type: "INTEGER",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "BaseLabel",
                table: "NarrativeFigureFacts");

            migrationBuilder.DropColumn(
                name: "Comparison",
                table: "NarrativeFigureFacts");

            migrationBuilder.DropColumn(
                name: "PercentTenThousandths",
                table: "NarrativeFigureFacts");

            migrationBuilder.DropColumn(
                name: "PercentDecimals",
                table: "NarrativeFigureFacts");
        }
    }
}
