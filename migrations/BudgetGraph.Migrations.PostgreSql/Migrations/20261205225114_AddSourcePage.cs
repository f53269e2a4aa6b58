using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BudgetGraph.Migrations.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class AddSourcePage : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "SourcePage",
                table: "ThreePublicFacts",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "SourceX0",
                table: "ThreePublicFacts",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "SourceX1",
                table: "ThreePublicFacts",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "SourceY0",
                table: "ThreePublicFacts",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "SourceY1",
                table: "ThreePublicFacts",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "SourcePage",
                table: "ProjectSpendingFacts",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "SourceX0",
                table: "ProjectSpendingFacts",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "SourceX1",
                table: "ProjectSpendingFacts",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "SourceY0",
                table: "ProjectSpendingFacts",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "SourceY1",
                table: "ProjectSpendingFacts",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "SourcePage",
                table: "PriorYearStatementFacts",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "SourceX0",
                table: "PriorYearStatementFacts",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "SourceX1",
                table: "PriorYearStatementFacts",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "SourceY0",
                table: "PriorYearStatementFacts",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "SourceY1",
                table: "PriorYearStatementFacts",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "SourcePage",
                table: "PerformanceTargetFacts",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "SourceX0",
                table: "PerformanceTargetFacts",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "SourceX1",
                table: "PerformanceTargetFacts",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "SourceY0",
                table: "PerformanceTargetFacts",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "SourceY1",
                table: "PerformanceTargetFacts",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "SourcePage",
                table: "LineItemFacts",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "SourceX0",
                table: "LineItemFacts",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "SourceX1",
                table: "LineItemFacts",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "SourceY0",
                table: "LineItemFacts",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "SourceY1",
                table: "LineItemFacts",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "SourcePage",
                table: "IncomeFacts",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "SourceX0",
                table: "IncomeFacts",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "SourceX1",
                table: "IncomeFacts",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "SourceY0",
                table: "IncomeFacts",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "SourceY1",
                table: "IncomeFacts",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "SourcePage",
                table: "FunctionalExpenditureFacts",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "SourceX0",
                table: "FunctionalExpenditureFacts",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "SourceX1",
                table: "FunctionalExpenditureFacts",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "SourceY0",
                table: "FunctionalExpenditureFacts",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "SourceY1",
                table: "FunctionalExpenditureFacts",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "SourcePage",
                table: "ExecutionRateFacts",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "SourceX0",
                table: "ExecutionRateFacts",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "SourceX1",
                table: "ExecutionRateFacts",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "SourceY0",
                table: "ExecutionRateFacts",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "SourceY1",
                table: "ExecutionRateFacts",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "SourcePage",
                table: "ExecutionFacts",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "SourceX0",
                table: "ExecutionFacts",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "SourceX1",
                table: "ExecutionFacts",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "SourceY0",
                table: "ExecutionFacts",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "SourceY1",
                table: "ExecutionFacts",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "SourcePage",
                table: "EconomicExpenditureFacts",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "SourceX0",
                table: "EconomicExpenditureFacts",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "SourceX1",
                table: "EconomicExpenditureFacts",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "SourceY0",
                table: "EconomicExpenditureFacts",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "SourceY1",
                table: "EconomicExpenditureFacts",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "SourcePage",
                table: "DepartmentProfileFacts",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "SourceX0",
                table: "DepartmentProfileFacts",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "SourceX1",
                table: "DepartmentProfileFacts",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "SourceY0",
                table: "DepartmentProfileFacts",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "SourceY1",
                table: "DepartmentProfileFacts",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "SourcePage",
                table: "BasicExpenditureFacts",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "SourceX0",
                table: "BasicExpenditureFacts",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "SourceX1",
                table: "BasicExpenditureFacts",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "SourceY0",
                table: "BasicExpenditureFacts",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "SourceY1",
                table: "BasicExpenditureFacts",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "SourcePage",
                table: "BalanceFacts",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "SourceX0",
                table: "BalanceFacts",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "SourceX1",
                table: "BalanceFacts",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "SourceY0",
                table: "BalanceFacts",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "SourceY1",
                table: "BalanceFacts",
                type: "integer",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "SourcePage",
                table: "ThreePublicFacts");

            migrationBuilder.DropColumn(
                name: "SourceX0",
                table: "ThreePublicFacts");

            migrationBuilder.DropColumn(
                name: "SourceX1",
                table: "ThreePublicFacts");

            migrationBuilder.DropColumn(
                name: "SourceY0",
                table: "ThreePublicFacts");

            migrationBuilder.DropColumn(
                name: "SourceY1",
                table: "ThreePublicFacts");

            migrationBuilder.DropColumn(
                name: "SourcePage",
                table: "ProjectSpendingFacts");

            migrationBuilder.DropColumn(
                name: "SourceX0",
                table: "ProjectSpendingFacts");

            migrationBuilder.DropColumn(
                name: "SourceX1",
                table: "ProjectSpendingFacts");

            migrationBuilder.DropColumn(
                name: "SourceY0",
                table: "ProjectSpendingFacts");

            migrationBuilder.DropColumn(
                name: "SourceY1",
                table: "ProjectSpendingFacts");

            migrationBuilder.DropColumn(
                name: "SourcePage",
                table: "PriorYearStatementFacts");

            migrationBuilder.DropColumn(
                name: "SourceX0",
                table: "PriorYearStatementFacts");

            migrationBuilder.DropColumn(
                name: "SourceX1",
                table: "PriorYearStatementFacts");

            migrationBuilder.DropColumn(
                name: "SourceY0",
                table: "PriorYearStatementFacts");

            migrationBuilder.DropColumn(
                name: "SourceY1",
                table: "PriorYearStatementFacts");

            migrationBuilder.DropColumn(
                name: "SourcePage",
                table: "PerformanceTargetFacts");

            migrationBuilder.DropColumn(
                name: "SourceX0",
                table: "PerformanceTargetFacts");

            migrationBuilder.DropColumn(
                name: "SourceX1",
                table: "PerformanceTargetFacts");

            migrationBuilder.DropColumn(
                name: "SourceY0",
                table: "PerformanceTargetFacts");

            migrationBuilder.DropColumn(
                name: "SourceY1",
                table: "PerformanceTargetFacts");

            migrationBuilder.DropColumn(
                name: "SourcePage",
                table: "LineItemFacts");

            migrationBuilder.DropColumn(
                name: "SourceX0",
                table: "LineItemFacts");

            migrationBuilder.DropColumn(
                name: "SourceX1",
                table: "LineItemFacts");

            migrationBuilder.DropColumn(
                name: "SourceY0",
                table: "LineItemFacts");

            migrationBuilder.DropColumn(
                name: "SourceY1",
                table: "LineItemFacts");

            migrationBuilder.DropColumn(
                name: "SourcePage",
                table: "IncomeFacts");

            migrationBuilder.DropColumn(
                name: "SourceX0",
                table: "IncomeFacts");

            migrationBuilder.DropColumn(
                name: "SourceX1",
                table: "IncomeFacts");

            migrationBuilder.DropColumn(
                name: "SourceY0",
                table: "IncomeFacts");

            migrationBuilder.DropColumn(
                name: "SourceY1",
                table: "IncomeFacts");

            migrationBuilder.DropColumn(
                name: "SourcePage",
                table: "FunctionalExpenditureFacts");

            migrationBuilder.DropColumn(
                name: "SourceX0",
                table: "FunctionalExpenditureFacts");

            migrationBuilder.DropColumn(
                name: "SourceX1",
                table: "FunctionalExpenditureFacts");

            migrationBuilder.DropColumn(
                name: "SourceY0",
                table: "FunctionalExpenditureFacts");

            migrationBuilder.DropColumn(
                name: "SourceY1",
                table: "FunctionalExpenditureFacts");

            migrationBuilder.DropColumn(
                name: "SourcePage",
                table: "ExecutionRateFacts");

            migrationBuilder.DropColumn(
                name: "SourceX0",
                table: "ExecutionRateFacts");

            migrationBuilder.DropColumn(
                name: "SourceX1",
                table: "ExecutionRateFacts");

            migrationBuilder.DropColumn(
                name: "SourceY0",
                table: "ExecutionRateFacts");

            migrationBuilder.DropColumn(
                name: "SourceY1",
                table: "ExecutionRateFacts");

            migrationBuilder.DropColumn(
                name: "SourcePage",
                table: "ExecutionFacts");

            migrationBuilder.DropColumn(
                name: "SourceX0",
                table: "ExecutionFacts");

            migrationBuilder.DropColumn(
                name: "SourceX1",
                table: "ExecutionFacts");

            migrationBuilder.DropColumn(
                name: "SourceY0",
                table: "ExecutionFacts");

            migrationBuilder.DropColumn(
                name: "SourceY1",
                table: "ExecutionFacts");

            migrationBuilder.DropColumn(
                name: "SourcePage",
                table: "EconomicExpenditureFacts");

            migrationBuilder.DropColumn(
                name: "SourceX0",
                table: "EconomicExpenditureFacts");

            migrationBuilder.DropColumn(
                name: "SourceX1",
                table: "EconomicExpenditureFacts");

            migrationBuilder.DropColumn(
                name: "SourceY0",
                table: "EconomicExpenditureFacts");

            migrationBuilder.DropColumn(
                name: "SourceY1",
                table: "EconomicExpenditureFacts");

            migrationBuilder.DropColumn(
                name: "SourcePage",
                table: "DepartmentProfileFacts");

            migrationBuilder.DropColumn(
                name: "SourceX0",
                table: "DepartmentProfileFacts");

            migrationBuilder.DropColumn(
                name: "SourceX1",
                table: "DepartmentProfileFacts");

            migrationBuilder.DropColumn(
                name: "SourceY0",
                table: "DepartmentProfileFacts");

            migrationBuilder.DropColumn(
                name: "SourceY1",
                table: "DepartmentProfileFacts");

            migrationBuilder.DropColumn(
                name: "SourcePage",
                table: "BasicExpenditureFacts");

            migrationBuilder.DropColumn(
                name: "SourceX0",
                table: "BasicExpenditureFacts");

            migrationBuilder.DropColumn(
                name: "SourceX1",
                table: "BasicExpenditureFacts");

            migrationBuilder.DropColumn(
                name: "SourceY0",
                table: "BasicExpenditureFacts");

            migrationBuilder.DropColumn(
                name: "SourceY1",
                table: "BasicExpenditureFacts");

            migrationBuilder.DropColumn(
                name: "SourcePage",
                table: "BalanceFacts");

            migrationBuilder.DropColumn(
                name: "SourceX0",
                table: "BalanceFacts");

            migrationBuilder.DropColumn(
                name: "SourceX1",
                table: "BalanceFacts");

            migrationBuilder.DropColumn(
                name: "SourceY0",
                table: "BalanceFacts");

            migrationBuilder.DropColumn(
                name: "SourceY1",
                table: "BalanceFacts");
        }
    }
}
