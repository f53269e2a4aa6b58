using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;

namespace BudgetGraph.Warehouse.Maintenance;

/// <summary>A department and fiscal year.</summary>
public readonly record struct DepartmentYearKey(int DepartmentId, int Year);

/// <summary>
/// The one place <c>FunctionalClassTotals</c> is maintained: a set-based DELETE + INSERT … SELECT that copies,
/// per department-year, the total and 类 rows of the chosen functional schedule. The choice is the drill-down's
/// (<c>BreakdownData.ChooseSchedule</c>): the 支出总表 when it lists any subject, else the
/// 一般公共预算支出表（按功能分类） when that does; the total row is the chosen schedule's, else the other
/// schedule's (支出总表 first; a document like 001 prints 表3 with totals only). A department-year whose
/// schedules list no subject keeps only its total row. Ties (never printed twice so far) go to the lowest id,
/// the first printed. Functional facts are always about their own document's year (the importer never dates
/// them otherwise), so no join to the documents is needed.
/// Plain SQL with double-quoted identifiers and string literals for the enum columns (stored as names): it
/// runs unchanged on SQLite and PostgreSQL, and the migration that created the table backfills with it.
/// </summary>
public static class ClassTotals
{
    private const string Columns = """
        "DepartmentId", "Year", "FunctionalSubjectId", "ClassCode", "TotalYuan", "BasicYuan", "ProjectYuan", "PublishedDecimals", "FunctionalExpenditureFactId"
        """;

    /// <summary>The statement pair that rebuilds the rows of every department-year.</summary>
    public static string RefreshAllSql => Sql("1 = 1", "1 = 1");

    /// <summary>Rebuilds the rows of the given department-years (null: of every department-year). Two statements.</summary>
    public static async Task RefreshClassTotalsAsync(this WarehouseDbContext db, IReadOnlyCollection<DepartmentYearKey>? departmentYears,
        CancellationToken ct = default)
    {
        if (departmentYears is null)
        {
            await db.Database.ExecuteSqlRawAsync(RefreshAllSql, ct);
            return;
        }
        var keys = departmentYears.Distinct().ToList();
        if (keys.Count == 0)
        {
            return;
        }
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
        await db.Database.ExecuteSqlRawAsync(Sql(Scope(""), Scope("f.")), ct);
    }

    /// <summary>DELETE of the scope, then INSERT of its chosen rows; <paramref name="factScope"/> filters facts aliased <c>f</c>.</summary>
    private static string Sql(string tableScope, string factScope) => $"""
        DELETE FROM "FunctionalClassTotals" WHERE {tableScope};
        INSERT INTO "FunctionalClassTotals" ({Columns})
        SELECT f."DepartmentId", f."Year", f."FunctionalSubjectId", s."Code", f."TotalYuan", f."BasicYuan", f."ProjectYuan", f."PublishedDecimals", f."Id"
        FROM (
            SELECT f."DepartmentId", f."Year",
                MAX(CASE WHEN f."Schedule" = 'Expenditure' AND f."FunctionalSubjectId" IS NOT NULL THEN 1 ELSE 0 END) AS "ExpenditureLists",
                MAX(CASE WHEN f."Schedule" = 'Functional' AND f."FunctionalSubjectId" IS NOT NULL THEN 1 ELSE 0 END) AS "FunctionalLists",
                MIN(CASE WHEN f."Schedule" = 'Expenditure' AND f."FunctionalSubjectId" IS NULL THEN f."Id" END) AS "ExpenditureTotal",
                MIN(CASE WHEN f."Schedule" = 'Functional' AND f."FunctionalSubjectId" IS NULL THEN f."Id" END) AS "FunctionalTotal"
            FROM "FunctionalExpenditureFacts" AS f
            WHERE f."Schedule" IN ('Expenditure', 'Functional') AND {factScope}
            GROUP BY f."DepartmentId", f."Year"
        ) AS c
        INNER JOIN "FunctionalExpenditureFacts" AS f ON f."DepartmentId" = c."DepartmentId" AND f."Year" = c."Year"
        LEFT JOIN "FunctionalSubjects" AS s ON s."Id" = f."FunctionalSubjectId"
        WHERE (s."Level" = 'Class'
                AND f."Schedule" = CASE WHEN c."ExpenditureLists" = 1 THEN 'Expenditure' WHEN c."FunctionalLists" = 1 THEN 'Functional' END)
            OR (f."FunctionalSubjectId" IS NULL
                AND f."Id" = CASE WHEN c."ExpenditureLists" = 0 AND c."FunctionalLists" = 1
                    THEN COALESCE(c."FunctionalTotal", c."ExpenditureTotal") ELSE COALESCE(c."ExpenditureTotal", c."FunctionalTotal") END);
        """;
}
