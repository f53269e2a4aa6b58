using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BudgetGraph.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class NarrativeFigures : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "SourceFirstLine",
                table: "ThreePublicFacts",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "SourceFirstLine",
                table: "ProjectSpendingFacts",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "SourceFirstLine",
                table: "PriorYearStatementFacts",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "SourceFirstLine",
                table: "PerformanceTargetFacts",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "SourceFirstLine",
                table: "LineItemFacts",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "SourceFirstLine",
                table: "IncomeFacts",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "SourceFirstLine",
                table: "FunctionalExpenditureFacts",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "SourceFirstLine",
                table: "ExecutionRateFacts",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "SourceFirstLine",
                table: "ExecutionFacts",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "SourceFirstLine",
                table: "EconomicExpenditureFacts",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "SourceFirstLine",
                table: "DepartmentProfileFacts",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "SourceFirstLine",
                table: "BasicExpenditureFacts",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "SourceFirstLine",
                table: "BalanceFacts",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "EvaluationScoreFacts",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ScoreHundredths = table.Column<int>(type: "INTEGER", nullable: false),
                    Grade = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    DocumentId = table.Column<int>(type: "INTEGER", nullable: false),
                    DepartmentId = table.Column<int>(type: "INTEGER", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Schedule = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    SourceTable = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    SourceLine = table.Column<int>(type: "INTEGER", nullable: false),
                    SourceFirstLine = table.Column<int>(type: "INTEGER", nullable: true),
                    Derived = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EvaluationScoreFacts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EvaluationScoreFacts_Departments_DepartmentId",
                        column: x => x.DepartmentId,
                        principalTable: "Departments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_EvaluationScoreFacts_Documents_DocumentId",
                        column: x => x.DocumentId,
                        principalTable: "Documents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_EvaluationScoreFacts_FiscalYears_Year",
                        column: x => x.Year,
                        principalTable: "FiscalYears",
                        principalColumn: "Year",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "EvaluationStatementFacts",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Ordinal = table.Column<int>(type: "INTEGER", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    DocumentId = table.Column<int>(type: "INTEGER", nullable: false),
                    DepartmentId = table.Column<int>(type: "INTEGER", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Schedule = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    SourceTable = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    SourceLine = table.Column<int>(type: "INTEGER", nullable: false),
                    SourceFirstLine = table.Column<int>(type: "INTEGER", nullable: true),
                    Derived = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EvaluationStatementFacts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EvaluationStatementFacts_Departments_DepartmentId",
                        column: x => x.DepartmentId,
                        principalTable: "Departments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_EvaluationStatementFacts_Documents_DocumentId",
                        column: x => x.DocumentId,
                        principalTable: "Documents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_EvaluationStatementFacts_FiscalYears_Year",
                        column: x => x.Year,
                        principalTable: "FiscalYears",
                        principalColumn: "Year",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "NarrativeFigureFacts",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Label = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    AmountYuan = table.Column<long>(type: "INTEGER", nullable: true),
                    ChangeYuan = table.Column<long>(type: "INTEGER", nullable: true),
                    ComparedYear = table.Column<int>(type: "INTEGER", nullable: true),
                    DocumentId = table.Column<int>(type: "INTEGER", nullable: false),
                    DepartmentId = table.Column<int>(type: "INTEGER", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Schedule = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    SourceTable = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    SourceLine = table.Column<int>(type: "INTEGER", nullable: false),
                    SourceFirstLine = table.Column<int>(type: "INTEGER", nullable: true),
                    Derived = table.Column<bool>(type: "INTEGER", nullable: false),
                    StageId = table.Column<int>(type: "INTEGER", nullable: false),
                    PublishedDecimals = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_NarrativeFigureFacts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_NarrativeFigureFacts_Departments_DepartmentId",
                        column: x => x.DepartmentId,
                        principalTable: "Departments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_NarrativeFigureFacts_Documents_DocumentId",
                        column: x => x.DocumentId,
                        principalTable: "Documents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_NarrativeFigureFacts_FiscalYears_Year",
                        column: x => x.Year,
                        principalTable: "FiscalYears",
                        principalColumn: "Year",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_NarrativeFigureFacts_Stages_StageId",
                        column: x => x.StageId,
                        principalTable: "Stages",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_EvaluationScoreFacts_DepartmentId_Year",
                table: "EvaluationScoreFacts",
                columns: new[] { "DepartmentId", "Year" });

            migrationBuilder.CreateIndex(
                name: "IX_EvaluationScoreFacts_DocumentId",
                table: "EvaluationScoreFacts",
                column: "DocumentId");

            migrationBuilder.CreateIndex(
                name: "IX_EvaluationScoreFacts_Year",
                table: "EvaluationScoreFacts",
                column: "Year");

            migrationBuilder.CreateIndex(
                name: "IX_EvaluationStatementFacts_DepartmentId_Year",
                table: "EvaluationStatementFacts",
                columns: new[] { "DepartmentId", "Year" });

            migrationBuilder.CreateIndex(
                name: "IX_EvaluationStatementFacts_DocumentId",
                table: "EvaluationStatementFacts",
                column: "DocumentId");

            migrationBuilder.CreateIndex(
                name: "IX_EvaluationStatementFacts_Year",
                table: "EvaluationStatementFacts",
                column: "Year");

            migrationBuilder.CreateIndex(
                name: "IX_NarrativeFigureFacts_DepartmentId_Year",
                table: "NarrativeFigureFacts",
                columns: new[] { "DepartmentId", "Year" });

            migrationBuilder.CreateIndex(
                name: "IX_NarrativeFigureFacts_DocumentId",
                table: "NarrativeFigureFacts",
                column: "DocumentId");

            migrationBuilder.CreateIndex(
                name: "IX_NarrativeFigureFacts_StageId",
                table: "NarrativeFigureFacts",
                column: "StageId");

            migrationBuilder.CreateIndex(
                name: "IX_NarrativeFigureFacts_Year",
                table: "NarrativeFigureFacts",
                column: "Year");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "EvaluationScoreFacts");

            migrationBuilder.DropTable(
                name: "EvaluationStatementFacts");

            migrationBuilder.DropTable(
                name: "NarrativeFigureFacts");

            // SQLite drops a column in place (ALTER TABLE … DROP COLUMN, SQLite 3.35+). EF Core's DropColumn rebuilds the table
            // from this migration's model instead, which lacks the provenance columns AddSourcePage added on another branch
            // (SourcePage, SourceX0 …): the rebuild dropped them from BalanceFacts (MigrationRoundTripTests).
            foreach (var table in new[] { "ThreePublicFacts", "ProjectSpendingFacts", "PriorYearStatementFacts", "PerformanceTargetFacts", "LineItemFacts", "IncomeFacts", "FunctionalExpenditureFacts", "ExecutionRateFacts", "ExecutionFacts", "EconomicExpenditureFacts", "DepartmentProfileFacts", "BasicExpenditureFacts", "BalanceFacts" })
            {
                migrationBuilder.Sql($"ALTER TABLE \"{table}\" DROP COLUMN \"SourceFirstLine\";");
            }
        }
    }
}
