using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BudgetGraph.Migrations.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class MergedProvenanceColumns : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "SourcePage",
                table: "NarrativeFigureFacts",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "SourceX0",
                table: "NarrativeFigureFacts",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "SourceX1",
                table: "NarrativeFigureFacts",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "SourceY0",
                table: "NarrativeFigureFacts",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "SourceY1",
                table: "NarrativeFigureFacts",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "SourcePage",
                table: "EvaluationStatementFacts",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "SourceX0",
                table: "EvaluationStatementFacts",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "SourceX1",
                table: "EvaluationStatementFacts",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "SourceY0",
                table: "EvaluationStatementFacts",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "SourceY1",
                table: "EvaluationStatementFacts",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "SourcePage",
                table: "EvaluationScoreFacts",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "SourceX0",
                table: "EvaluationScoreFacts",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "SourceX1",
                table: "EvaluationScoreFacts",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "SourceY0",
                table: "EvaluationScoreFacts",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "SourceY1",
                table: "EvaluationScoreFacts",
                type: "integer",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "SourcePage",
                table: "NarrativeFigureFacts");

            migrationBuilder.DropColumn(
                name: "SourceX0",
                table: "NarrativeFigureFacts");

            migrationBuilder.DropColumn(
                name: "SourceX1",
                table: "NarrativeFigureFacts");

            migrationBuilder.DropColumn(
                name: "SourceY0",
                table: "NarrativeFigureFacts");

            migrationBuilder.DropColumn(
                name: "SourceY1",
                table: "NarrativeFigureFacts");

            migrationBuilder.DropColumn(
                name: "SourcePage",
                table: "EvaluationStatementFacts");

            migrationBuilder.DropColumn(
                name: "SourceX0",
                table: "EvaluationStatementFacts");

            migrationBuilder.DropColumn(
                name: "SourceX1",
                table: "EvaluationStatementFacts");

            migrationBuilder.DropColumn(
                name: "SourceY0",
                table: "EvaluationStatementFacts");

            migrationBuilder.DropColumn(
                name: "SourceY1",
                table: "EvaluationStatementFacts");

            migrationBuilder.DropColumn(
                name: "SourcePage",
                table: "EvaluationScoreFacts");

            migrationBuilder.DropColumn(
                name: "SourceX0",
                table: "EvaluationScoreFacts");

            migrationBuilder.DropColumn(
                name: "SourceX1",
                table: "EvaluationScoreFacts");

            migrationBuilder.DropColumn(
                name: "SourceY0",
                table: "EvaluationScoreFacts");

            migrationBuilder.DropColumn(
                name: "SourceY1",
                table: "EvaluationScoreFacts");
        }
    }
}
