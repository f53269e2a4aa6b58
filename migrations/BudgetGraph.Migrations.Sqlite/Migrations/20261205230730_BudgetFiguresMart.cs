using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BudgetGraph.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class BudgetFiguresMart : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "FunctionalClassTotals");

            migrationBuilder.CreateTable(
                name: "BudgetFigures",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DepartmentId = table.Column<int>(type: "INTEGER", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    StageId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Path = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    ParentPath = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Code = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    TotalYuan = table.Column<long>(type: "INTEGER", nullable: false),
                    BasicYuan = table.Column<long>(type: "INTEGER", nullable: true),
                    ProjectYuan = table.Column<long>(type: "INTEGER", nullable: true),
                    PublishedDecimals = table.Column<int>(type: "INTEGER", nullable: false),
                    ItemLink = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    FactId = table.Column<long>(type: "INTEGER", nullable: true),
                    Schedule = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    SortKey = table.Column<long>(type: "INTEGER", nullable: false),
                    DocumentId = table.Column<int>(type: "INTEGER", nullable: false),
                    SourceTable = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    SourceLine = table.Column<int>(type: "INTEGER", nullable: false),
                    Derived = table.Column<bool>(type: "INTEGER", nullable: false),
                    ChildrenYuan = table.Column<long>(type: "INTEGER", nullable: true),
                    ToleranceYuan = table.Column<long>(type: "INTEGER", nullable: true),
                    ChildCount = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BudgetFigures", x => x.Id);
                    table.ForeignKey(
                        name: "FK_BudgetFigures_Departments_DepartmentId",
                        column: x => x.DepartmentId,
                        principalTable: "Departments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_BudgetFigures_Documents_DocumentId",
                        column: x => x.DocumentId,
                        principalTable: "Documents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_BudgetFigures_FiscalYears_Year",
                        column: x => x.Year,
                        principalTable: "FiscalYears",
                        principalColumn: "Year",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_BudgetFigures_Stages_StageId",
                        column: x => x.StageId,
                        principalTable: "Stages",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_BudgetFigures_DepartmentYear",
                table: "BudgetFigures",
                columns: new[] { "DepartmentId", "Year", "StageId", "Kind" });

            migrationBuilder.CreateIndex(
                name: "IX_BudgetFigures_DocumentId",
                table: "BudgetFigures",
                column: "DocumentId");

            migrationBuilder.CreateIndex(
                name: "IX_BudgetFigures_FactId",
                table: "BudgetFigures",
                column: "FactId");

            migrationBuilder.CreateIndex(
                name: "IX_BudgetFigures_Kind_Stage_Year_Code_Amounts",
                table: "BudgetFigures",
                columns: new[] { "Kind", "StageId", "Year", "Code", "DepartmentId", "TotalYuan", "BasicYuan", "ProjectYuan" });

            migrationBuilder.CreateIndex(
                name: "IX_BudgetFigures_StageId",
                table: "BudgetFigures",
                column: "StageId");

            migrationBuilder.CreateIndex(
                name: "IX_BudgetFigures_Year",
                table: "BudgetFigures",
                column: "Year");

            // Backfill from the facts already loaded: a frozen copy of BudgetFigures.RefreshAllSql as of this migration
            // (a migration must never call code that may change later).
            migrationBuilder.Sql("""
                DELETE FROM "BudgetFigures" WHERE 1 = 1;
                WITH "choice" AS (
                    SELECT f."DepartmentId", f."Year",
                        CASE WHEN MAX(CASE WHEN f."Schedule" = 'Expenditure' AND f."FunctionalSubjectId" IS NOT NULL THEN 1 ELSE 0 END) = 1 THEN 'Expenditure'
                             WHEN MAX(CASE WHEN f."Schedule" = 'Functional' AND f."FunctionalSubjectId" IS NOT NULL THEN 1 ELSE 0 END) = 1 THEN 'Functional'
                        END AS "Lists",
                        MIN(CASE WHEN f."Schedule" = 'Expenditure' AND f."FunctionalSubjectId" IS NULL THEN f."Id" END) AS "ExpenditureTotal",
                        MIN(CASE WHEN f."Schedule" = 'Functional' AND f."FunctionalSubjectId" IS NULL THEN f."Id" END) AS "FunctionalTotal"
                    FROM "FunctionalExpenditureFacts" AS f
                    WHERE f."Schedule" IN ('Expenditure', 'Functional') AND 1 = 1
                    GROUP BY f."DepartmentId", f."Year"
                ),
                "functional" AS (
                    SELECT f."DepartmentId", f."Year", f."StageId",
                        CASE WHEN s."Id" IS NULL THEN 'Total' ELSE s."Level" END AS "Kind",
                        COALESCE(s."Code", 'T') AS "Path",
                        CASE WHEN s."Id" IS NULL THEN NULL WHEN LENGTH(s."Code") <= 3 THEN 'T' ELSE SUBSTR(s."Code", 1, LENGTH(s."Code") - 2) END AS "ParentPath",
                        s."Code", COALESCE(s."Name", '支出合计') AS "Name", f."TotalYuan", f."BasicYuan", f."ProjectYuan", f."PublishedDecimals",
                        CAST(NULL AS VARCHAR(32)) AS "ItemLink", f."Id" AS "FactId", f."Schedule", f."Id" AS "SortKey", f."DocumentId", f."SourceTable", f."SourceLine", f."Derived"
                    FROM "choice" AS c
                    INNER JOIN "FunctionalExpenditureFacts" AS f ON f."DepartmentId" = c."DepartmentId" AND f."Year" = c."Year"
                    LEFT JOIN "FunctionalSubjects" AS s ON s."Id" = f."FunctionalSubjectId"
                    WHERE (s."Id" IS NOT NULL AND f."Schedule" = c."Lists")
                        OR (f."FunctionalSubjectId" IS NULL AND f."Id" = CASE WHEN c."Lists" = 'Functional'
                            THEN COALESCE(c."FunctionalTotal", c."ExpenditureTotal") ELSE COALESCE(c."ExpenditureTotal", c."FunctionalTotal") END)
                ),
                "reported" AS (
                    SELECT f."DepartmentId", f."Year", f."StageId",
                        MIN(CASE WHEN f."Measure" = 'Total' THEN f."Id" END) AS "TotalId",
                        MIN(CASE WHEN f."Measure" = 'Basic' THEN f."AmountYuan" END) AS "BasicYuan",
                        MIN(CASE WHEN f."Measure" = 'Project' THEN f."AmountYuan" END) AS "ProjectYuan"
                    FROM "ExecutionFacts" AS f
                    WHERE f."Measure" IN ('Total', 'Basic', 'Project') AND 1 = 1
                    GROUP BY f."DepartmentId", f."Year", f."StageId"
                ),
                "staged" AS (
                    SELECT f."DepartmentId", f."Year", f."StageId", 'Total' AS "Kind", 'T' AS "Path", CAST(NULL AS VARCHAR(256)) AS "ParentPath",
                        CAST(NULL AS VARCHAR(16)) AS "Code", '支出合计' AS "Name", f."AmountYuan" AS "TotalYuan", r."BasicYuan", r."ProjectYuan",
                        f."PublishedDecimals", CAST(NULL AS VARCHAR(32)) AS "ItemLink", f."Id" AS "FactId", f."Schedule", f."Id" AS "SortKey", f."DocumentId",
                        f."SourceTable", f."SourceLine", f."Derived"
                    FROM "reported" AS r
                    INNER JOIN "ExecutionFacts" AS f ON f."Id" = r."TotalId"
                    WHERE r."StageId" <> 1 OR NOT EXISTS (SELECT 1 FROM "functional" AS b
                        WHERE b."DepartmentId" = r."DepartmentId" AND b."Year" = r."Year" AND b."StageId" = 1 AND b."Kind" = 'Total')
                ),
                "categoryRows" AS (
                    SELECT f."Id", f."DepartmentId", f."Year", f."StageId", f."Schedule", f."ProjectCategoryId", f."AmountYuan", f."PublishedDecimals", f."DocumentId",
                        f."SourceTable", f."SourceLine", f."Derived",
                        ROW_NUMBER() OVER (PARTITION BY f."ProjectCategoryId"
                            ORDER BY CASE WHEN f."Schedule" = 'ProjectExpenditure' THEN 0 ELSE 1 END, f."Id") AS "Choice",
                        MIN(f."Id") OVER (PARTITION BY f."ProjectCategoryId") AS "FirstPrinted"
                    FROM "ProjectSpendingFacts" AS f
                    INNER JOIN "Documents" AS d ON d."Id" = f."DocumentId"
                    WHERE f."FundSourceId" = 1 AND f."ProjectCategoryId" IS NOT NULL AND f."Year" = d."Year" AND 1 = 1
                ),
                "categories" AS (
                    SELECT f."DepartmentId", f."Year", f."StageId", 'ProjectCategory' AS "Kind",
                        COALESCE(s."Code" || '/', '') || 'C:' || pc."Name" AS "Path", s."Code" AS "ParentPath", CAST(NULL AS VARCHAR(16)) AS "Code",
                        pc."Name", f."AmountYuan" AS "TotalYuan", 0 AS "BasicYuan", f."AmountYuan" AS "ProjectYuan", f."PublishedDecimals",
                        pc."ItemLink", f."Id" AS "FactId", f."Schedule", f."FirstPrinted" AS "SortKey", f."DocumentId", f."SourceTable", f."SourceLine", f."Derived"
                    FROM "categoryRows" AS f
                    INNER JOIN "ProjectCategories" AS pc ON pc."Id" = f."ProjectCategoryId"
                    LEFT JOIN "FunctionalSubjects" AS s ON s."Id" = pc."FunctionalSubjectId"
                    WHERE f."Choice" = 1
                ),
                "lineItemFigures" AS (
                    SELECT f."DepartmentId", f."Year", f."StageId", 'LineItem' AS "Kind",
                        COALESCE(s."Code" || '/', '') || 'C:' || pc."Name" || '/L:' || li."Name" AS "Path",
                        COALESCE(s."Code" || '/', '') || 'C:' || pc."Name" AS "ParentPath", CAST(NULL AS VARCHAR(16)) AS "Code",
                        li."Name", f."AmountYuan" AS "TotalYuan", 0 AS "BasicYuan", f."AmountYuan" AS "ProjectYuan", f."PublishedDecimals",
                        CAST(NULL AS VARCHAR(32)) AS "ItemLink", f."Id" AS "FactId", f."Schedule", f."Id" AS "SortKey", f."DocumentId", f."SourceTable", f."SourceLine", f."Derived"
                    FROM "LineItemFacts" AS f
                    INNER JOIN "Documents" AS d ON d."Id" = f."DocumentId"
                    INNER JOIN "LineItems" AS li ON li."Id" = f."LineItemId"
                    INNER JOIN "ProjectCategories" AS pc ON pc."Id" = li."ProjectCategoryId"
                    LEFT JOIN "FunctionalSubjects" AS s ON s."Id" = pc."FunctionalSubjectId"
                    WHERE f."Year" = d."Year" AND 1 = 1
                ),
                "basics" AS (
                    SELECT i."DepartmentId", i."Year", i."StageId", 'Basic' AS "Kind", i."Path" || '/B' AS "Path", i."Path" AS "ParentPath",
                        CAST(NULL AS VARCHAR(16)) AS "Code", '基本支出' AS "Name", i."BasicYuan" AS "TotalYuan", i."BasicYuan", 0 AS "ProjectYuan",
                        i."PublishedDecimals", CAST(NULL AS VARCHAR(32)) AS "ItemLink", i."FactId", i."Schedule", i."SortKey", i."DocumentId", i."SourceTable", i."SourceLine", i."Derived"
                    FROM "functional" AS i
                    WHERE i."Kind" = 'Item' AND i."BasicYuan" > 0 AND EXISTS (SELECT 1 FROM "categories" AS c
                        WHERE c."DepartmentId" = i."DepartmentId" AND c."Year" = i."Year" AND c."StageId" = i."StageId" AND c."ParentPath" = i."Path")
                ),
                "economic" AS (
                    SELECT f."DepartmentId", f."Year", f."StageId",
                        CASE WHEN s."Id" IS NULL THEN 'EconomicTotal' WHEN s."Level" = 'Class' THEN 'EconomicClass' ELSE 'EconomicSection' END AS "Kind",
                        COALESCE('E:' || s."Code", 'E') AS "Path",
                        CASE WHEN s."Id" IS NULL THEN NULL WHEN s."Level" = 'Class' THEN 'E' ELSE 'E:' || SUBSTR(s."Code", 1, LENGTH(s."Code") - 2) END AS "ParentPath",
                        s."Code", COALESCE(s."Name", '合计') AS "Name", f."TotalYuan", f."BasicYuan", f."ProjectYuan", f."PublishedDecimals",
                        CAST(NULL AS VARCHAR(32)) AS "ItemLink", f."Id" AS "FactId", f."Schedule", f."Id" AS "SortKey", f."DocumentId", f."SourceTable", f."SourceLine", f."Derived"
                    FROM "EconomicExpenditureFacts" AS f
                    INNER JOIN "Documents" AS d ON d."Id" = f."DocumentId"
                    LEFT JOIN "EconomicSubjects" AS s ON s."Id" = f."EconomicSubjectId"
                    WHERE f."Year" = d."Year" AND 1 = 1
                ),
                "published" AS (
                    SELECT * FROM "functional" UNION ALL SELECT * FROM "staged" UNION ALL SELECT * FROM "categories"
                    UNION ALL SELECT * FROM "lineItemFigures" UNION ALL SELECT * FROM "basics" UNION ALL SELECT * FROM "economic"
                ),
                "children" AS (
                    SELECT "DepartmentId", "Year", "StageId", "ParentPath", SUM("TotalYuan") AS "Sum", COUNT(*) AS "Count",
                        SUM("BasicYuan") AS "BasicSum", COUNT("BasicYuan") AS "BasicCount", SUM("ProjectYuan") AS "ProjectSum"
                    FROM "published" WHERE "ParentPath" IS NOT NULL
                    GROUP BY "DepartmentId", "Year", "StageId", "ParentPath"
                ),
                "reconciled" AS (
                    SELECT p.*, k."Sum", k."Count", k."BasicSum", k."BasicCount", k."ProjectSum",
                        ((k."Count") + 1) * (CASE WHEN p."PublishedDecimals" <= 0 THEN 10000 WHEN p."PublishedDecimals" = 1 THEN 1000 WHEN p."PublishedDecimals" = 2 THEN 100 WHEN p."PublishedDecimals" = 3 THEN 10 ELSE 1 END) / 2 AS "Tolerance"
                    FROM "published" AS p
                    INNER JOIN "children" AS k ON k."DepartmentId" = p."DepartmentId" AND k."Year" = p."Year" AND k."StageId" = p."StageId"
                        AND k."ParentPath" = p."Path"
                    WHERE p."TotalYuan" <> k."Sum"
                ),
                "residuals" AS (
                    SELECT r."DepartmentId", r."Year", r."StageId",
                        CASE WHEN ABS(r."TotalYuan" - r."Sum") <= r."Tolerance" THEN 'RoundingResidual' ELSE 'UnlistedRemainder' END AS "Kind",
                        r."Path" || CASE WHEN ABS(r."TotalYuan" - r."Sum") <= r."Tolerance" THEN '/R' ELSE '/U' END AS "Path", r."Path" AS "ParentPath",
                        CAST(NULL AS VARCHAR(16)) AS "Code",
                        CASE WHEN ABS(r."TotalYuan" - r."Sum") <= r."Tolerance" THEN '四舍五入差额' ELSE '其他（未列明）' END AS "Name",
                        r."TotalYuan" - r."Sum" AS "TotalYuan",
                        CASE WHEN r."BasicYuan" IS NOT NULL AND r."BasicCount" = r."Count" THEN r."BasicYuan" - r."BasicSum" END AS "BasicYuan",
                        CASE WHEN r."BasicYuan" IS NOT NULL AND r."BasicCount" = r."Count" THEN r."ProjectYuan" - COALESCE(r."ProjectSum", 0) END AS "ProjectYuan",
                        r."PublishedDecimals", CAST(NULL AS VARCHAR(32)) AS "ItemLink", CAST(NULL AS BIGINT) AS "FactId", r."Schedule", r."SortKey", r."DocumentId",
                        r."SourceTable", r."SourceLine", 1 = 1 AS "Derived", r."Sum" AS "ChildrenYuan", r."Tolerance" AS "ToleranceYuan", r."Count" AS "ChildCount"
                    FROM "reconciled" AS r
                )
                INSERT INTO "BudgetFigures" ("DepartmentId", "Year", "StageId", "Kind", "Path", "ParentPath", "Code", "Name", "TotalYuan", "BasicYuan", "ProjectYuan", "PublishedDecimals", "ItemLink", "FactId", "Schedule", "SortKey", "DocumentId", "SourceTable", "SourceLine", "Derived", "ChildrenYuan", "ToleranceYuan", "ChildCount")
                SELECT p.*, NULL, NULL, NULL FROM "published" AS p
                UNION ALL
                SELECT * FROM "residuals";
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "BudgetFigures");

            migrationBuilder.CreateTable(
                name: "FunctionalClassTotals",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DepartmentId = table.Column<int>(type: "INTEGER", nullable: false),
                    FunctionalExpenditureFactId = table.Column<long>(type: "INTEGER", nullable: false),
                    FunctionalSubjectId = table.Column<int>(type: "INTEGER", nullable: true),
                    BasicYuan = table.Column<long>(type: "INTEGER", nullable: false),
                    ClassCode = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    ProjectYuan = table.Column<long>(type: "INTEGER", nullable: false),
                    PublishedDecimals = table.Column<int>(type: "INTEGER", nullable: false),
                    TotalYuan = table.Column<long>(type: "INTEGER", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false)
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

            // Refill the table this migration dropped: a frozen copy of its own backfill.
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
    }
}
