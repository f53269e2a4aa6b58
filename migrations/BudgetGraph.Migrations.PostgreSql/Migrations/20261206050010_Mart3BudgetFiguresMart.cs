using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BudgetGraph.Migrations.PostgreSql.Migrations
{
    /// <summary>
    /// Rebuilds the figures mart with the rule of this branch: only the department's own project-category rows
    /// (no subordinate unit of a consolidated budget, no 二级项目 line item) are category figures. No schema change.
    /// </summary>
    public partial class Mart3BudgetFiguresMart : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // A frozen copy of BudgetFigures.RefreshAllSql as of this migration (a migration must never call code that
            // may change later).
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
                    WHERE f."FundSourceId" = 1 AND f."ProjectCategoryId" IS NOT NULL AND f."UnitId" IS NULL AND f."LineItemId" IS NULL
                        AND f."Year" = d."Year" AND 1 = 1
                ),
                "categories" AS (
                    SELECT f."DepartmentId", f."Year", f."StageId", 'ProjectCategory' AS "Kind",
                        COALESCE(s."Code" || '/', '') || 'C:' || pc."Name" AS "Path", s."Code" AS "ParentPath", CAST(NULL AS VARCHAR(16)) AS "Code",
                        pc."Name", f."AmountYuan" AS "TotalYuan", 0 AS "BasicYuan", f."AmountYuan" AS "ProjectYuan", f."PublishedDecimals",
                        pc."ItemLink", f."Id" AS "FactId", f."Schedule", f."FirstPrinted" AS "SortKey", f."DocumentId", f."SourceTable", f."SourceLine", f."Derived"
                    FROM "categoryRows" AS f
                    INNER JOIN "ProjectCategories" AS pc ON pc."Id" = f."ProjectCategoryId"
                    LEFT JOIN "FunctionalSubjects" AS s ON s."Id" = pc."FunctionalSubjectId" AND pc."ItemLink" <> 'Unresolved'
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
                    LEFT JOIN "FunctionalSubjects" AS s ON s."Id" = pc."FunctionalSubjectId" AND pc."ItemLink" <> 'Unresolved'
                    WHERE f."Year" = d."Year" AND 1 = 1 AND EXISTS (SELECT 1 FROM "categories" AS c
                        WHERE c."DepartmentId" = f."DepartmentId" AND c."Year" = f."Year" AND c."StageId" = f."StageId"
                            AND c."Path" = COALESCE(s."Code" || '/', '') || 'C:' || pc."Name")
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
            // Nothing to undo in the schema; the figures keep the newer rule until the next import or migration rebuilds them.
        }
    }
}
