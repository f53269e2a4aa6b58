using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BudgetGraph.Migrations.PostgreSql.Migrations
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
                type: "character varying(300)",
                maxLength: 300,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Comparison",
                table: "NarrativeFigureFacts",
                type: "character varying(16)",
                maxLength: 16,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "PercentTenThousandths",
                table: "NarrativeFigureFacts",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "PercentDecimals",
                table: "NarrativeFigureFacts",
                type: "integer",
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
