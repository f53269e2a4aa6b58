using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace BudgetGraph.Migrations.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class Ingest2TableFigures : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "LineItemId",
                table: "ProjectSpendingFacts",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "UnitId",
                table: "ProjectSpendingFacts",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "FunctionalSubjectId",
                table: "LineItems",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "FunctionalSubjectId",
                table: "IncomeFacts",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "UnitId",
                table: "IncomeFacts",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "GeneralBudgetYuan",
                table: "FunctionalExpenditureFacts",
                type: "bigint",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "GovernmentFundYuan",
                table: "FunctionalExpenditureFacts",
                type: "bigint",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "StateCapitalYuan",
                table: "FunctionalExpenditureFacts",
                type: "bigint",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "FundSourceId",
                table: "BalanceFacts",
                type: "integer",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "BasicExpenditureSplitFacts",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    EconomicSubjectId = table.Column<int>(type: "integer", nullable: true),
                    TotalYuan = table.Column<long>(type: "bigint", nullable: false),
                    PersonnelYuan = table.Column<long>(type: "bigint", nullable: false),
                    PublicYuan = table.Column<long>(type: "bigint", nullable: false),
                    DocumentId = table.Column<int>(type: "integer", nullable: false),
                    DepartmentId = table.Column<int>(type: "integer", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Schedule = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    SourceTable = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    SourceLine = table.Column<int>(type: "integer", nullable: false),
                    SourcePage = table.Column<int>(type: "integer", nullable: true),
                    SourceX0 = table.Column<int>(type: "integer", nullable: true),
                    SourceY0 = table.Column<int>(type: "integer", nullable: true),
                    SourceX1 = table.Column<int>(type: "integer", nullable: true),
                    SourceY1 = table.Column<int>(type: "integer", nullable: true),
                    SourceFirstLine = table.Column<int>(type: "integer", nullable: true),
                    Derived = table.Column<bool>(type: "boolean", nullable: false),
                    StageId = table.Column<int>(type: "integer", nullable: false),
                    PublishedDecimals = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BasicExpenditureSplitFacts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_BasicExpenditureSplitFacts_Departments_DepartmentId",
                        column: x => x.DepartmentId,
                        principalTable: "Departments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_BasicExpenditureSplitFacts_Documents_DocumentId",
                        column: x => x.DocumentId,
                        principalTable: "Documents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_BasicExpenditureSplitFacts_EconomicSubjects_EconomicSubject~",
                        column: x => x.EconomicSubjectId,
                        principalTable: "EconomicSubjects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_BasicExpenditureSplitFacts_FiscalYears_Year",
                        column: x => x.Year,
                        principalTable: "FiscalYears",
                        principalColumn: "Year",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_BasicExpenditureSplitFacts_Stages_StageId",
                        column: x => x.StageId,
                        principalTable: "Stages",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PerformanceTaskFacts",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    TotalYuan = table.Column<long>(type: "bigint", nullable: false),
                    AppropriationYuan = table.Column<long>(type: "bigint", nullable: false),
                    OtherYuan = table.Column<long>(type: "bigint", nullable: false),
                    DocumentId = table.Column<int>(type: "integer", nullable: false),
                    DepartmentId = table.Column<int>(type: "integer", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Schedule = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    SourceTable = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    SourceLine = table.Column<int>(type: "integer", nullable: false),
                    SourcePage = table.Column<int>(type: "integer", nullable: true),
                    SourceX0 = table.Column<int>(type: "integer", nullable: true),
                    SourceY0 = table.Column<int>(type: "integer", nullable: true),
                    SourceX1 = table.Column<int>(type: "integer", nullable: true),
                    SourceY1 = table.Column<int>(type: "integer", nullable: true),
                    SourceFirstLine = table.Column<int>(type: "integer", nullable: true),
                    Derived = table.Column<bool>(type: "boolean", nullable: false),
                    StageId = table.Column<int>(type: "integer", nullable: false),
                    PublishedDecimals = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PerformanceTaskFacts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PerformanceTaskFacts_Departments_DepartmentId",
                        column: x => x.DepartmentId,
                        principalTable: "Departments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PerformanceTaskFacts_Documents_DocumentId",
                        column: x => x.DocumentId,
                        principalTable: "Documents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_PerformanceTaskFacts_FiscalYears_Year",
                        column: x => x.Year,
                        principalTable: "FiscalYears",
                        principalColumn: "Year",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PerformanceTaskFacts_Stages_StageId",
                        column: x => x.StageId,
                        principalTable: "Stages",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ProcurementItemFacts",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Ordinal = table.Column<int>(type: "integer", nullable: true),
                    Name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Category = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    AmountYuan = table.Column<long>(type: "bigint", nullable: false),
                    DocumentId = table.Column<int>(type: "integer", nullable: false),
                    DepartmentId = table.Column<int>(type: "integer", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Schedule = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    SourceTable = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    SourceLine = table.Column<int>(type: "integer", nullable: false),
                    SourcePage = table.Column<int>(type: "integer", nullable: true),
                    SourceX0 = table.Column<int>(type: "integer", nullable: true),
                    SourceY0 = table.Column<int>(type: "integer", nullable: true),
                    SourceX1 = table.Column<int>(type: "integer", nullable: true),
                    SourceY1 = table.Column<int>(type: "integer", nullable: true),
                    SourceFirstLine = table.Column<int>(type: "integer", nullable: true),
                    Derived = table.Column<bool>(type: "boolean", nullable: false),
                    StageId = table.Column<int>(type: "integer", nullable: false),
                    PublishedDecimals = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProcurementItemFacts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProcurementItemFacts_Departments_DepartmentId",
                        column: x => x.DepartmentId,
                        principalTable: "Departments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ProcurementItemFacts_Documents_DocumentId",
                        column: x => x.DocumentId,
                        principalTable: "Documents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ProcurementItemFacts_FiscalYears_Year",
                        column: x => x.Year,
                        principalTable: "FiscalYears",
                        principalColumn: "Year",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ProcurementItemFacts_Stages_StageId",
                        column: x => x.StageId,
                        principalTable: "Stages",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ProjectSpendingFacts_LineItemId",
                table: "ProjectSpendingFacts",
                column: "LineItemId");

            migrationBuilder.CreateIndex(
                name: "IX_ProjectSpendingFacts_UnitId",
                table: "ProjectSpendingFacts",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "IX_LineItems_FunctionalSubjectId",
                table: "LineItems",
                column: "FunctionalSubjectId");

            migrationBuilder.CreateIndex(
                name: "IX_IncomeFacts_FunctionalSubjectId",
                table: "IncomeFacts",
                column: "FunctionalSubjectId");

            migrationBuilder.CreateIndex(
                name: "IX_IncomeFacts_UnitId",
                table: "IncomeFacts",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "IX_BalanceFacts_FundSourceId",
                table: "BalanceFacts",
                column: "FundSourceId");

            migrationBuilder.CreateIndex(
                name: "IX_BasicExpenditureSplitFacts_DepartmentId_Year",
                table: "BasicExpenditureSplitFacts",
                columns: new[] { "DepartmentId", "Year" });

            migrationBuilder.CreateIndex(
                name: "IX_BasicExpenditureSplitFacts_DocumentId",
                table: "BasicExpenditureSplitFacts",
                column: "DocumentId");

            migrationBuilder.CreateIndex(
                name: "IX_BasicExpenditureSplitFacts_EconomicSubjectId",
                table: "BasicExpenditureSplitFacts",
                column: "EconomicSubjectId");

            migrationBuilder.CreateIndex(
                name: "IX_BasicExpenditureSplitFacts_StageId",
                table: "BasicExpenditureSplitFacts",
                column: "StageId");

            migrationBuilder.CreateIndex(
                name: "IX_BasicExpenditureSplitFacts_Year",
                table: "BasicExpenditureSplitFacts",
                column: "Year");

            migrationBuilder.CreateIndex(
                name: "IX_PerformanceTaskFacts_DepartmentId_Year",
                table: "PerformanceTaskFacts",
                columns: new[] { "DepartmentId", "Year" });

            migrationBuilder.CreateIndex(
                name: "IX_PerformanceTaskFacts_DocumentId",
                table: "PerformanceTaskFacts",
                column: "DocumentId");

            migrationBuilder.CreateIndex(
                name: "IX_PerformanceTaskFacts_StageId",
                table: "PerformanceTaskFacts",
                column: "StageId");

            migrationBuilder.CreateIndex(
                name: "IX_PerformanceTaskFacts_Year",
                table: "PerformanceTaskFacts",
                column: "Year");

            migrationBuilder.CreateIndex(
                name: "IX_ProcurementItemFacts_DepartmentId_Year",
                table: "ProcurementItemFacts",
                columns: new[] { "DepartmentId", "Year" });

            migrationBuilder.CreateIndex(
                name: "IX_ProcurementItemFacts_DocumentId",
                table: "ProcurementItemFacts",
                column: "DocumentId");

            migrationBuilder.CreateIndex(
                name: "IX_ProcurementItemFacts_StageId",
                table: "ProcurementItemFacts",
                column: "StageId");

            migrationBuilder.CreateIndex(
                name: "IX_ProcurementItemFacts_Year",
                table: "ProcurementItemFacts",
                column: "Year");

            migrationBuilder.AddForeignKey(
                name: "FK_BalanceFacts_FundSources_FundSourceId",
                table: "BalanceFacts",
                column: "FundSourceId",
                principalTable: "FundSources",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_IncomeFacts_Departments_UnitId",
                table: "IncomeFacts",
                column: "UnitId",
                principalTable: "Departments",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_IncomeFacts_FunctionalSubjects_FunctionalSubjectId",
                table: "IncomeFacts",
                column: "FunctionalSubjectId",
                principalTable: "FunctionalSubjects",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_LineItems_FunctionalSubjects_FunctionalSubjectId",
                table: "LineItems",
                column: "FunctionalSubjectId",
                principalTable: "FunctionalSubjects",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_ProjectSpendingFacts_Departments_UnitId",
                table: "ProjectSpendingFacts",
                column: "UnitId",
                principalTable: "Departments",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_ProjectSpendingFacts_LineItems_LineItemId",
                table: "ProjectSpendingFacts",
                column: "LineItemId",
                principalTable: "LineItems",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_BalanceFacts_FundSources_FundSourceId",
                table: "BalanceFacts");

            migrationBuilder.DropForeignKey(
                name: "FK_IncomeFacts_Departments_UnitId",
                table: "IncomeFacts");

            migrationBuilder.DropForeignKey(
                name: "FK_IncomeFacts_FunctionalSubjects_FunctionalSubjectId",
                table: "IncomeFacts");

            migrationBuilder.DropForeignKey(
                name: "FK_LineItems_FunctionalSubjects_FunctionalSubjectId",
                table: "LineItems");

            migrationBuilder.DropForeignKey(
                name: "FK_ProjectSpendingFacts_Departments_UnitId",
                table: "ProjectSpendingFacts");

            migrationBuilder.DropForeignKey(
                name: "FK_ProjectSpendingFacts_LineItems_LineItemId",
                table: "ProjectSpendingFacts");

            migrationBuilder.DropTable(
                name: "BasicExpenditureSplitFacts");

            migrationBuilder.DropTable(
                name: "PerformanceTaskFacts");

            migrationBuilder.DropTable(
                name: "ProcurementItemFacts");

            migrationBuilder.DropIndex(
                name: "IX_ProjectSpendingFacts_LineItemId",
                table: "ProjectSpendingFacts");

            migrationBuilder.DropIndex(
                name: "IX_ProjectSpendingFacts_UnitId",
                table: "ProjectSpendingFacts");

            migrationBuilder.DropIndex(
                name: "IX_LineItems_FunctionalSubjectId",
                table: "LineItems");

            migrationBuilder.DropIndex(
                name: "IX_IncomeFacts_FunctionalSubjectId",
                table: "IncomeFacts");

            migrationBuilder.DropIndex(
                name: "IX_IncomeFacts_UnitId",
                table: "IncomeFacts");

            migrationBuilder.DropIndex(
                name: "IX_BalanceFacts_FundSourceId",
                table: "BalanceFacts");

            migrationBuilder.DropColumn(
                name: "LineItemId",
                table: "ProjectSpendingFacts");

            migrationBuilder.DropColumn(
                name: "UnitId",
                table: "ProjectSpendingFacts");

            migrationBuilder.DropColumn(
                name: "FunctionalSubjectId",
                table: "LineItems");

            migrationBuilder.DropColumn(
                name: "FunctionalSubjectId",
                table: "IncomeFacts");

            migrationBuilder.DropColumn(
                name: "UnitId",
                table: "IncomeFacts");

            migrationBuilder.DropColumn(
                name: "GeneralBudgetYuan",
                table: "FunctionalExpenditureFacts");

            migrationBuilder.DropColumn(
                name: "GovernmentFundYuan",
                table: "FunctionalExpenditureFacts");

            migrationBuilder.DropColumn(
                name: "StateCapitalYuan",
                table: "FunctionalExpenditureFacts");

            migrationBuilder.DropColumn(
                name: "FundSourceId",
                table: "BalanceFacts");
        }
    }
}
