using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BudgetGraph.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class FunctionalClassTotals : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "FunctionalClassTotals",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DepartmentId = table.Column<int>(type: "INTEGER", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    FunctionalSubjectId = table.Column<int>(type: "INTEGER", nullable: true),
                    ClassCode = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    TotalYuan = table.Column<long>(type: "INTEGER", nullable: false),
                    BasicYuan = table.Column<long>(type: "INTEGER", nullable: false),
                    ProjectYuan = table.Column<long>(type: "INTEGER", nullable: false),
                    PublishedDecimals = table.Column<int>(type: "INTEGER", nullable: false),
                    FunctionalExpenditureFactId = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FunctionalClassTotals", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FunctionalClassTotals_Departments_DepartmentId",
                        column: x => x.DepartmentId,
                        principalTable: "Departments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_FunctionalClassTotals_FiscalYears_Year",
                        column: x => x.Year,
                        principalTable: "FiscalYears",
                        principalColumn: "Year",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_FunctionalClassTotals_FunctionalExpenditureFacts_FunctionalExpenditureFactId",
                        column: x => x.FunctionalExpenditureFactId,
                        principalTable: "FunctionalExpenditureFacts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_FunctionalClassTotals_FunctionalSubjects_FunctionalSubjectId",
                        column: x => x.FunctionalSubjectId,
                        principalTable: "FunctionalSubjects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_FunctionalClassTotals_DepartmentId_Year_FunctionalSubjectId",
                table: "FunctionalClassTotals",
                columns: new[] { "DepartmentId", "Year", "FunctionalSubjectId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_FunctionalClassTotals_FunctionalExpenditureFactId",
                table: "FunctionalClassTotals",
                column: "FunctionalExpenditureFactId");

            migrationBuilder.CreateIndex(
                name: "IX_FunctionalClassTotals_FunctionalSubjectId",
                table: "FunctionalClassTotals",
                column: "FunctionalSubjectId");

            migrationBuilder.CreateIndex(
                name: "IX_FunctionalClassTotals_Year_ClassCode_Amounts",
                table: "FunctionalClassTotals",
                columns: new[] { "Year", "ClassCode", "TotalYuan", "BasicYuan", "ProjectYuan" });

            // Backfill from the facts already loaded: a frozen copy of the statements the importer and synth ran then.
            migrationBuilder.Sql("""
                DELETE FROM "FunctionalClassTotals" WHERE 1 = 1;
                INSERT INTO "FunctionalClassTotals" ("DepartmentId", "Year", "FunctionalSubjectId", "ClassCode", "TotalYuan", "BasicYuan", "ProjectYuan", "PublishedDecimals", "FunctionalExpenditureFactId")
                SELECT f."DepartmentId", f."Year", f."FunctionalSubjectId", s."Code", f."TotalYuan", f."BasicYuan", f."ProjectYuan", f."PublishedDecimals", f."Id"
                FROM (
                    SELECT f."DepartmentId", f."Year",
                        MAX(CASE WHEN f."Schedule" = 'Expenditure' AND f."FunctionalSubjectId" IS NOT NULL THEN 1 ELSE 0 END) AS "ExpenditureLists",
                        MAX(CASE WHEN f."Schedule" = 'Functional' AND f."FunctionalSubjectId" IS NOT NULL THEN 1 ELSE 0 END) AS "FunctionalLists",
                        MIN(CASE WHEN f."Schedule" = 'Expenditure' AND f."FunctionalSubjectId" IS NULL THEN f."Id" END) AS "ExpenditureTotal",
                        MIN(CASE WHEN f."Schedule" = 'Functional' AND f."FunctionalSubjectId" IS NULL THEN f."Id" END) AS "FunctionalTotal"
                    FROM "FunctionalExpenditureFacts" AS f
                    WHERE f."Schedule" IN ('Expenditure', 'Functional') AND 1 = 1
                    GROUP BY f."DepartmentId", f."Year"
                ) AS c
                INNER JOIN "FunctionalExpenditureFacts" AS f ON f."DepartmentId" = c."DepartmentId" AND f."Year" = c."Year"
                LEFT JOIN "FunctionalSubjects" AS s ON s."Id" = f."FunctionalSubjectId"
                WHERE (s."Level" = 'Class'
                        AND f."Schedule" = CASE WHEN c."ExpenditureLists" = 1 THEN 'Expenditure' WHEN c."FunctionalLists" = 1 THEN 'Functional' END)
                    OR (f."FunctionalSubjectId" IS NULL
                        AND f."Id" = CASE WHEN c."ExpenditureLists" = 0 AND c."FunctionalLists" = 1
                            THEN COALESCE(c."FunctionalTotal", c."ExpenditureTotal") ELSE COALESCE(c."ExpenditureTotal", c."FunctionalTotal") END);
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "FunctionalClassTotals");
        }
    }
}
