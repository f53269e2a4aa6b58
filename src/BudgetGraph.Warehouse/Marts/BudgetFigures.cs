using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;

namespace BudgetGraph.Warehouse.Marts;

/// <summary>A department and fiscal year.</summary>
public readonly record struct DepartmentYearKey(int DepartmentId, int Year);

/// <summary>
/// The one place <c>BudgetFigures</c> (<see cref="BudgetFigure"/>) is maintained, and so the one place the rule that
/// chooses which printed figure the system serves is written: a DELETE of the scope, then one INSERT … SELECT.
/// <para>The rule, and why:</para>
/// <list type="bullet">
/// <item>Functional 类/款/项 rows come from one schedule per department-year: the 支出总表 (all funds) when it lists any
/// subject, else the 一般公共预算支出表（按功能分类）. The 支出总表 is the department's whole budget; the 一般公共预算 table
/// covers one fund only, so it is used only when the 支出总表 is printed with totals alone (document 001). Mixing the
/// two in one department-year would add figures of different scope.</item>
/// <item>The total is the chosen schedule's total row, else the other schedule's (支出总表 first): a document may print
/// subjects in one table and the total only in the other. A department-year whose schedules list no subject keeps
/// its total alone. Ties (never printed twice so far) go to the lowest id, the first printed.</item>
/// <item>The initial budget comes from the budget document; a year without one (known only from an evaluation
/// report) takes the report's 年初预算 (total, 基本, 项目), and the report's adjusted budget and actual spending are
/// the ADJUSTED and ACTUAL stages, to the depth the report has (the total).</item>
/// <item>A project category's figure is the 项目支出总表's 总计 column when printed, else the narrative's; it hangs
/// under the 项 it is spent under. Line items hang under their category. Only figures about their own document's
/// year count (prior-year columns are statements, not budgets). A 项 with categories gets a 基本支出 child (its
/// basic part), so its children can add up to it. A category whose 项 the importer could not establish
/// (<c>ItemLinkMethod.Unresolved</c>: several 项 have project spending and neither name nor amount decides) is listed
/// without a 项 (<c>C:name</c>): hanging it under a guessed 项 would pass another 项's money off as this one's (2022's
/// three categories under 2010399 made "其他（未列明）" −457, which is 2100410's project spending).</item>
/// <item>Only the department's own category rows count (<c>UnitId IS NULL AND LineItemId IS NULL</c>). A consolidated
/// (汇总) budget prints its 项目支出总表 per subordinate unit: each unit's categories carry the unit, and the national
/// 项目支出表's 二级项目 rows carry a line item under their category. Those are parts of a department figure, not
/// department figures: choosing one of them (the first printed) would serve one unit's amount as the department's,
/// and summing them by name would re-add printed figures. So a consolidated budget's breakdown shows the
/// consolidated 类/款/项 of its functional schedule with their basic/project split, and stops at the 项; the per-unit rows are served as they are printed, by
/// <c>unitProjectSpending</c>, and the 二级项目 by <c>secondLevelProjects</c>. Line items (the narrative's, under a
/// category) count only under a category that is a figure here: chengguan 2024 names items of categories it prints per
/// unit only, and a line item without its category would hang under nothing.</item>
/// <item>Economic 类/款 rows and their total (<c>E</c>) are the 一般公共预算支出表（按经济分类）'s (the general budget only).</item>
/// <item>Where a parent's published children do not add up to it, a residual child carries the difference:
/// rounding within <see cref="Rounding.ToleranceYuan"/> of the parent's precision for the number of children,
/// otherwise an unlisted remainder. A parent's amount is never re-summed from its children.</item>
/// </list>
/// Plain SQL with double-quoted identifiers, string literals for the enum columns (stored as names), <c>||</c>,
/// SUBSTR/LENGTH and a window function: it runs unchanged on SQLite and PostgreSQL; SQL Server's spellings of the few
/// that differ come from <see cref="SqlDialect"/> (untested against a live server). The importer refreshes the
/// department-year of each document inside its transaction and <c>budgetgraph synth</c> everything once; the
/// migration that created the table carries a frozen copy of <see cref="RefreshAllSql"/> (a migration must not call
/// code that may change).
/// </summary>
public static class BudgetFigures
{
    /// <summary>The statement pair that rebuilds every department-year, as SQLite and PostgreSQL run it.</summary>
    public static string RefreshAllSql => RefreshAllSqlFor(SqlDialect.Standard);

    /// <summary>The statement pair that rebuilds every department-year, in <paramref name="dialect"/>.</summary>
    public static string RefreshAllSqlFor(SqlDialect dialect) => Sql(dialect, "1 = 1", "1 = 1");

    /// <summary>The statement pair that rebuilds the given department-years (not empty), in <paramref name="dialect"/>.</summary>
    public static string RefreshSqlFor(SqlDialect dialect, IReadOnlyCollection<DepartmentYearKey> departmentYears)
    {
        var keys = departmentYears.Distinct().ToList();
        // Integers only, so inlining them is safe; a batch of parameters would cap the count on some providers.
        string Scope(string alias)
        {
            var sb = new StringBuilder("(");
            for (var i = 0; i < keys.Count; i++)
            {
                sb.Append(i == 0 ? "" : " OR ").Append(CultureInfo.InvariantCulture,
                    $"({alias}\"DepartmentId\" = {keys[i].DepartmentId} AND {alias}\"Year\" = {keys[i].Year})");
            }
            return sb.Append(')').ToString();
        }
        return Sql(dialect, Scope(""), Scope("f."));
    }

    /// <summary>Rebuilds the figures of the given department-years (null: of every department-year). Two statements.</summary>
    public static async Task RefreshBudgetFiguresAsync(this WarehouseDbContext db, IReadOnlyCollection<DepartmentYearKey>? departmentYears,
        CancellationToken ct = default)
    {
        var dialect = SqlDialect.Of(db.Database.ProviderName);
        if (departmentYears is null)
        {
            await db.Database.ExecuteSqlRawAsync(RefreshAllSqlFor(dialect), ct);
            return;
        }
        if (departmentYears.Count == 0)
        {
            return;
        }
        await db.Database.ExecuteSqlRawAsync(RefreshSqlFor(dialect, departmentYears), ct);
    }

    private const string Columns = """
        "DepartmentId", "Year", "StageId", "Kind", "Path", "ParentPath", "Code", "Name", "TotalYuan", "BasicYuan", "ProjectYuan",
        "PublishedDecimals", "ItemLink", "FactId", "Schedule", "SortKey", "DocumentId", "SourceTable", "SourceLine", "Derived",
        "ChildrenYuan", "ToleranceYuan", "ChildCount"
        """;

    /// <summary>
    /// DELETE of the scope, then INSERT of its figures; <paramref name="factScope"/> filters facts aliased <c>f</c>.
    /// Fund source 1 is 收入总计 and stage 1 the initial budget (seeded ids, part of the schema contract).
    /// </summary>
    private static string Sql(SqlDialect sql, string tableScope, string factScope) => $"""
        DELETE FROM "BudgetFigures" WHERE {tableScope};
        WITH "choice" AS (
            SELECT f."DepartmentId", f."Year",
                CASE WHEN MAX(CASE WHEN f."Schedule" = 'Expenditure' AND f."FunctionalSubjectId" IS NOT NULL THEN 1 ELSE 0 END) = 1 THEN 'Expenditure'
                     WHEN MAX(CASE WHEN f."Schedule" = 'Functional' AND f."FunctionalSubjectId" IS NOT NULL THEN 1 ELSE 0 END) = 1 THEN 'Functional'
                END AS "Lists",
                MIN(CASE WHEN f."Schedule" = 'Expenditure' AND f."FunctionalSubjectId" IS NULL THEN f."Id" END) AS "ExpenditureTotal",
                MIN(CASE WHEN f."Schedule" = 'Functional' AND f."FunctionalSubjectId" IS NULL THEN f."Id" END) AS "FunctionalTotal"
            FROM "FunctionalExpenditureFacts" AS f
            WHERE f."Schedule" IN ('Expenditure', 'Functional') AND {factScope}
            GROUP BY f."DepartmentId", f."Year"
        ),
        "functional" AS (
            SELECT f."DepartmentId", f."Year", f."StageId",
                CASE WHEN s."Id" IS NULL THEN 'Total' ELSE s."Level" END AS "Kind",
                COALESCE(s."Code", 'T') AS "Path",
                CASE WHEN s."Id" IS NULL THEN NULL WHEN {sql.Length}(s."Code") <= 3 THEN 'T' ELSE {sql.Substring}(s."Code", 1, {sql.Length}(s."Code") - 2) END AS "ParentPath",
                s."Code", COALESCE(s."Name", {sql.National}'支出合计') AS "Name", f."TotalYuan", f."BasicYuan", f."ProjectYuan", f."PublishedDecimals",
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
            WHERE f."Measure" IN ('Total', 'Basic', 'Project') AND {factScope}
            GROUP BY f."DepartmentId", f."Year", f."StageId"
        ),
        "staged" AS (
            SELECT f."DepartmentId", f."Year", f."StageId", 'Total' AS "Kind", 'T' AS "Path", CAST(NULL AS VARCHAR(256)) AS "ParentPath",
                CAST(NULL AS VARCHAR(16)) AS "Code", {sql.National}'支出合计' AS "Name", f."AmountYuan" AS "TotalYuan", r."BasicYuan", r."ProjectYuan",
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
                AND f."Year" = d."Year" AND {factScope}
        ),
        "categories" AS (
            SELECT f."DepartmentId", f."Year", f."StageId", 'ProjectCategory' AS "Kind",
                COALESCE(s."Code" {sql.Concat} '/', '') {sql.Concat} 'C:' {sql.Concat} pc."Name" AS "Path", s."Code" AS "ParentPath", CAST(NULL AS VARCHAR(16)) AS "Code",
                pc."Name", f."AmountYuan" AS "TotalYuan", 0 AS "BasicYuan", f."AmountYuan" AS "ProjectYuan", f."PublishedDecimals",
                pc."ItemLink", f."Id" AS "FactId", f."Schedule", f."FirstPrinted" AS "SortKey", f."DocumentId", f."SourceTable", f."SourceLine", f."Derived"
            FROM "categoryRows" AS f
            INNER JOIN "ProjectCategories" AS pc ON pc."Id" = f."ProjectCategoryId"
            LEFT JOIN "FunctionalSubjects" AS s ON s."Id" = pc."FunctionalSubjectId" AND pc."ItemLink" <> 'Unresolved'
            WHERE f."Choice" = 1
        ),
        "lineItemFigures" AS (
            SELECT f."DepartmentId", f."Year", f."StageId", 'LineItem' AS "Kind",
                COALESCE(s."Code" {sql.Concat} '/', '') {sql.Concat} 'C:' {sql.Concat} pc."Name" {sql.Concat} '/L:' {sql.Concat} li."Name" AS "Path",
                COALESCE(s."Code" {sql.Concat} '/', '') {sql.Concat} 'C:' {sql.Concat} pc."Name" AS "ParentPath", CAST(NULL AS VARCHAR(16)) AS "Code",
                li."Name", f."AmountYuan" AS "TotalYuan", 0 AS "BasicYuan", f."AmountYuan" AS "ProjectYuan", f."PublishedDecimals",
                CAST(NULL AS VARCHAR(32)) AS "ItemLink", f."Id" AS "FactId", f."Schedule", f."Id" AS "SortKey", f."DocumentId", f."SourceTable", f."SourceLine", f."Derived"
            FROM "LineItemFacts" AS f
            INNER JOIN "Documents" AS d ON d."Id" = f."DocumentId"
            INNER JOIN "LineItems" AS li ON li."Id" = f."LineItemId"
            INNER JOIN "ProjectCategories" AS pc ON pc."Id" = li."ProjectCategoryId"
            LEFT JOIN "FunctionalSubjects" AS s ON s."Id" = pc."FunctionalSubjectId" AND pc."ItemLink" <> 'Unresolved'
            WHERE f."Year" = d."Year" AND {factScope} AND EXISTS (SELECT 1 FROM "categories" AS c
                WHERE c."DepartmentId" = f."DepartmentId" AND c."Year" = f."Year" AND c."StageId" = f."StageId"
                    AND c."Path" = COALESCE(s."Code" {sql.Concat} '/', '') {sql.Concat} 'C:' {sql.Concat} pc."Name")
        ),
        "basics" AS (
            SELECT i."DepartmentId", i."Year", i."StageId", 'Basic' AS "Kind", i."Path" {sql.Concat} '/B' AS "Path", i."Path" AS "ParentPath",
                CAST(NULL AS VARCHAR(16)) AS "Code", {sql.National}'基本支出' AS "Name", i."BasicYuan" AS "TotalYuan", i."BasicYuan", 0 AS "ProjectYuan",
                i."PublishedDecimals", CAST(NULL AS VARCHAR(32)) AS "ItemLink", i."FactId", i."Schedule", i."SortKey", i."DocumentId", i."SourceTable", i."SourceLine", i."Derived"
            FROM "functional" AS i
            WHERE i."Kind" = 'Item' AND i."BasicYuan" > 0 AND EXISTS (SELECT 1 FROM "categories" AS c
                WHERE c."DepartmentId" = i."DepartmentId" AND c."Year" = i."Year" AND c."StageId" = i."StageId" AND c."ParentPath" = i."Path")
        ),
        "economic" AS (
            SELECT f."DepartmentId", f."Year", f."StageId",
                CASE WHEN s."Id" IS NULL THEN 'EconomicTotal' WHEN s."Level" = 'Class' THEN 'EconomicClass' ELSE 'EconomicSection' END AS "Kind",
                COALESCE('E:' {sql.Concat} s."Code", 'E') AS "Path",
                CASE WHEN s."Id" IS NULL THEN NULL WHEN s."Level" = 'Class' THEN 'E' ELSE 'E:' {sql.Concat} {sql.Substring}(s."Code", 1, {sql.Length}(s."Code") - 2) END AS "ParentPath",
                s."Code", COALESCE(s."Name", {sql.National}'合计') AS "Name", f."TotalYuan", f."BasicYuan", f."ProjectYuan", f."PublishedDecimals",
                CAST(NULL AS VARCHAR(32)) AS "ItemLink", f."Id" AS "FactId", f."Schedule", f."Id" AS "SortKey", f."DocumentId", f."SourceTable", f."SourceLine", f."Derived"
            FROM "EconomicExpenditureFacts" AS f
            INNER JOIN "Documents" AS d ON d."Id" = f."DocumentId"
            LEFT JOIN "EconomicSubjects" AS s ON s."Id" = f."EconomicSubjectId"
            WHERE f."Year" = d."Year" AND {factScope}
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
                {Rounding.ToleranceSql("k.\"Count\"", "p.\"PublishedDecimals\"")} AS "Tolerance"
            FROM "published" AS p
            INNER JOIN "children" AS k ON k."DepartmentId" = p."DepartmentId" AND k."Year" = p."Year" AND k."StageId" = p."StageId"
                AND k."ParentPath" = p."Path"
            WHERE p."TotalYuan" <> k."Sum"
        ),
        "residuals" AS (
            SELECT r."DepartmentId", r."Year", r."StageId",
                CASE WHEN ABS(r."TotalYuan" - r."Sum") <= r."Tolerance" THEN 'RoundingResidual' ELSE 'UnlistedRemainder' END AS "Kind",
                r."Path" {sql.Concat} CASE WHEN ABS(r."TotalYuan" - r."Sum") <= r."Tolerance" THEN '/R' ELSE '/U' END AS "Path", r."Path" AS "ParentPath",
                CAST(NULL AS VARCHAR(16)) AS "Code",
                CASE WHEN ABS(r."TotalYuan" - r."Sum") <= r."Tolerance" THEN {sql.National}'四舍五入差额' ELSE {sql.National}'其他（未列明）' END AS "Name",
                r."TotalYuan" - r."Sum" AS "TotalYuan",
                CASE WHEN r."BasicYuan" IS NOT NULL AND r."BasicCount" = r."Count" THEN r."BasicYuan" - r."BasicSum" END AS "BasicYuan",
                CASE WHEN r."BasicYuan" IS NOT NULL AND r."BasicCount" = r."Count" THEN r."ProjectYuan" - COALESCE(r."ProjectSum", 0) END AS "ProjectYuan",
                r."PublishedDecimals", CAST(NULL AS VARCHAR(32)) AS "ItemLink", CAST(NULL AS BIGINT) AS "FactId", r."Schedule", r."SortKey", r."DocumentId",
                r."SourceTable", r."SourceLine", {sql.True} AS "Derived", r."Sum" AS "ChildrenYuan", r."Tolerance" AS "ToleranceYuan", r."Count" AS "ChildCount"
            FROM "reconciled" AS r
        )
        INSERT INTO "BudgetFigures" ({Columns})
        SELECT p.*, NULL, NULL, NULL FROM "published" AS p
        UNION ALL
        SELECT * FROM "residuals";
        """;
}
