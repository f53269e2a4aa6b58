using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace BudgetGraph.Migrations.PostgreSql.Migrations
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
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "SourceFirstLine",
                table: "ProjectSpendingFacts",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "SourceFirstLine",
                table: "PriorYearStatementFacts",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "SourceFirstLine",
                table: "PerformanceTargetFacts",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "SourceFirstLine",
                table: "LineItemFacts",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "SourceFirstLine",
                table: "IncomeFacts",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "SourceFirstLine",
                table: "FunctionalExpenditureFacts",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "SourceFirstLine",
                table: "ExecutionRateFacts",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "SourceFirstLine",
                table: "ExecutionFacts",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "SourceFirstLine",
                table: "EconomicExpenditureFacts",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "SourceFirstLine",
                table: "DepartmentProfileFacts",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "SourceFirstLine",
                table: "BasicExpenditureFacts",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "SourceFirstLine",
                table: "BalanceFacts",
                type: "integer",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "EvaluationScoreFacts",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ScoreHundredths = table.Column<int>(type: "integer", nullable: false),
                    Grade = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    DocumentId = table.Column<int>(type: "integer", nullable: false),
                    DepartmentId = table.Column<int>(type: "integer", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Schedule = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    SourceTable = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    SourceLine = table.Column<int>(type: "integer", nullable: false),
                    SourceFirstLine = table.Column<int>(type: "integer", nullable: true),
                    Derived = table.Column<bool>(type: "boolean", nullable: false)
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
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Ordinal = table.Column<int>(type: "integer", nullable: false),
                    Text = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    DocumentId = table.Column<int>(type: "integer", nullable: false),
                    DepartmentId = table.Column<int>(type: "integer", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Schedule = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    SourceTable = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    SourceLine = table.Column<int>(type: "integer", nullable: false),
                    SourceFirstLine = table.Column<int>(type: "integer", nullable: true),
                    Derived = table.Column<bool>(type: "boolean", nullable: false)
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
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Label = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    AmountYuan = table.Column<long>(type: "bigint", nullable: true),
                    ChangeYuan = table.Column<long>(type: "bigint", nullable: true),
                    ComparedYear = table.Column<int>(type: "integer", nullable: true),
                    DocumentId = table.Column<int>(type: "integer", nullable: false),
                    DepartmentId = table.Column<int>(type: "integer", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Schedule = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    SourceTable = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    SourceLine = table.Column<int>(type: "integer", nullable: false),
                    SourceFirstLine = table.Column<int>(type: "integer", nullable: true),
                    Derived = table.Column<bool>(type: "boolean", nullable: false),
                    StageId = table.Column<int>(type: "integer", nullable: false),
                    PublishedDecimals = table.Column<int>(type: "integer", nullable: false)
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

            migrationBuilder.DropColumn(
                name: "SourceFirstLine",
                table: "ThreePublicFacts");

            migrationBuilder.DropColumn(
                name: "SourceFirstLine",
                table: "ProjectSpendingFacts");

            migrationBuilder.DropColumn(
                name: "SourceFirstLine",
                table: "PriorYearStatementFacts");

            migrationBuilder.DropColumn(
                name: "SourceFirstLine",
                table: "PerformanceTargetFacts");

            migrationBuilder.DropColumn(
                name: "SourceFirstLine",
                table: "LineItemFacts");

            migrationBuilder.DropColumn(
                name: "SourceFirstLine",
                table: "IncomeFacts");

            migrationBuilder.DropColumn(
                name: "SourceFirstLine",
                table: "FunctionalExpenditureFacts");

            migrationBuilder.DropColumn(
                name: "SourceFirstLine",
                table: "ExecutionRateFacts");

            migrationBuilder.DropColumn(
                name: "SourceFirstLine",
                table: "ExecutionFacts");

            migrationBuilder.DropColumn(
                name: "SourceFirstLine",
                table: "EconomicExpenditureFacts");

            migrationBuilder.DropColumn(
                name: "SourceFirstLine",
                table: "DepartmentProfileFacts");

            migrationBuilder.DropColumn(
                name: "SourceFirstLine",
                table: "BasicExpenditureFacts");

            migrationBuilder.DropColumn(
                name: "SourceFirstLine",
                table: "BalanceFacts");
        }
    }
}
