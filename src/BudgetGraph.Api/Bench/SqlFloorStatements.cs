namespace BudgetGraph.Api.Bench;

/// <summary>
/// The floor of the API benchmark (bench-only): each of the four benchmarked API queries answered by one hand-written
/// SQL statement. The statements use only quoted identifiers and standard SQL, so the same text runs on SQLite and
/// PostgreSQL. Two floors run them: in-process through plain ADO.NET (tests/BudgetGraph.Benchmarks <c>sql</c>), and
/// over HTTP in this host (<see cref="SqlFloorEndpoint"/>), so that API ÷ floor compares two HTTP servers.
/// </summary>
public static class SqlFloorStatements
{
    /// <summary>The SQL of a benchmark query. <paramref name="codes"/> are department codes (checked to be [a-z0-9]).</summary>
    public static string Sql(string query, int year, IReadOnlyList<string> codes, string nameContains)
    {
        if (codes.Any(c => c.Length == 0 || !c.All(ch => ch is >= 'a' and <= 'z' or >= '0' and <= '9')))
            throw new ArgumentException("Department codes must be lower-case ASCII letters and digits.", nameof(codes));
        var inList = string.Join(", ", codes.Select(c => $"'{c}'"));
        return query switch
        {
            // departments(where: { name: { contains } }) { code name kind region budget(year) { totalExpenditure } }
            "list" => $"""
                SELECT d."Code", d."Name", d."Kind", d."Region", f."TotalYuan"
                FROM "Departments" d
                LEFT JOIN "FunctionalExpenditureFacts" f ON f."DepartmentId" = d."Id" AND f."Year" = {year}
                    AND f."FunctionalSubjectId" IS NULL AND f."Schedule" = 'Expenditure'
                WHERE d."Name" LIKE '%{nameContains.Replace("'", "''", StringComparison.Ordinal)}%'
                ORDER BY d."Id"
                """,
            // breakdown(year, departmentCodes) three levels deep: the total, 类, 款 and 项 summed over the departments.
            "breakdown" => $"""
                SELECT s."Code", s."Name", SUM(f."TotalYuan"), SUM(f."BasicYuan"), SUM(f."ProjectYuan")
                FROM "FunctionalExpenditureFacts" f
                JOIN "Departments" d ON d."Id" = f."DepartmentId"
                LEFT JOIN "FunctionalSubjects" s ON s."Id" = f."FunctionalSubjectId"
                WHERE d."Code" IN ({inList}) AND f."Year" = {year} AND f."Schedule" = 'Functional'
                GROUP BY s."Code", s."Name"
                ORDER BY s."Code"
                """,
            // compare(year, departmentCodes, level: CLASS): amount, share of the department's total and rank per 类.
            "compare" => $"""
                WITH r AS (
                    SELECT d."Code" AS dept, s."Code" AS code, s."Name" AS name, f."TotalYuan" AS amount
                    FROM "FunctionalExpenditureFacts" f
                    JOIN "Departments" d ON d."Id" = f."DepartmentId"
                    JOIN "FunctionalSubjects" s ON s."Id" = f."FunctionalSubjectId"
                    WHERE d."Code" IN ({inList}) AND f."Year" = {year} AND f."Schedule" = 'Expenditure' AND s."Level" = 'Class'),
                t AS (
                    SELECT d."Code" AS dept, f."TotalYuan" AS total
                    FROM "FunctionalExpenditureFacts" f
                    JOIN "Departments" d ON d."Id" = f."DepartmentId"
                    WHERE d."Code" IN ({inList}) AND f."Year" = {year} AND f."Schedule" = 'Expenditure' AND f."FunctionalSubjectId" IS NULL)
                SELECT r.code, r.name, r.dept, r.amount, CAST(r.amount AS DOUBLE PRECISION) / NULLIF(t.total, 0),
                       RANK() OVER (PARTITION BY r.code ORDER BY r.amount DESC)
                FROM r JOIN t ON t.dept = r.dept
                ORDER BY r.code, r.dept
                """,
            // aggregate(groupBy: [YEAR, FUNCTIONAL_SUBJECT], level: CLASS): sums and row counts per year × 类, from the
            // figures mart's 类 nodes (the table the API reads: the floor gets the same schema).
            "aggregate" => """
                SELECT "Year", "Code", SUM("TotalYuan"), SUM("BasicYuan"), SUM("ProjectYuan"), COUNT(*)
                FROM "BudgetFigures"
                WHERE "Kind" = 'Class' AND "StageId" = 1
                GROUP BY "Year", "Code"
                ORDER BY "Year", "Code"
                """,
            // The same from the printed 支出总表 rows themselves (the floor before the mart existed).
            "aggregate-raw" => """
                SELECT f."Year", s."Code", SUM(f."TotalYuan"), SUM(f."BasicYuan"), SUM(f."ProjectYuan"), COUNT(*)
                FROM "FunctionalExpenditureFacts" f
                JOIN "FunctionalSubjects" s ON s."Id" = f."FunctionalSubjectId"
                WHERE f."Schedule" = 'Expenditure' AND s."Level" = 'Class'
                GROUP BY f."Year", s."Code"
                ORDER BY f."Year", s."Code"
                """,
            _ => throw new ArgumentException($"Unknown query '{query}': expected list, breakdown, compare, aggregate or aggregate-raw.", nameof(query)),
        };
    }
}
