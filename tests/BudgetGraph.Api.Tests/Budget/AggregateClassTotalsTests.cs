using System.Text.Json;
using System.Text.RegularExpressions;
using BudgetGraph.GraphSchema.Expenditures;
using BudgetGraph.Ingest.Synth;
using BudgetGraph.Warehouse;
using BudgetGraph.Warehouse.Dimensions;
using Microsoft.EntityFrameworkCore;

namespace BudgetGraph.Api.Tests.Budget;

/// <summary>A synthetic warehouse (20 departments × 3 years) for the schema tests.</summary>
public sealed class SynthWarehouseFixture : WarehouseFixture
{
    /// <inheritdoc />
    protected override async Task LoadAsync(DbContextOptions<WarehouseDbContext> options)
    {
        await using var db = new WarehouseDbContext(options);
        await SyntheticWarehouse.GenerateAsync(db, new SynthOptions(Departments: 20, Years: 3, Seed: 5));
    }
}

/// <summary>
/// aggregate at 类 grouped by 类 reads the figures mart's 类 nodes (grouped by the database, or streamed through a
/// filter): its groups must be exactly those of the printed rows the mart chose, grouped in memory. (Grouped only by
/// department, kind or year, aggregate serves the published totals instead: see ConsistencyTests.)
/// </summary>
public abstract class AggregateClassTotalsTests(WarehouseFixture warehouse)
{
    private sealed record Printed(string DepartmentCode, DepartmentKind Kind, int Year, string Code, long Total, long Basic, long Project);

    private const string Query = """
        query ($groupBy: [AggregateDimension!]!, $where: AggregateFilterInput) {
          aggregate(groupBy: $groupBy, level: CLASS, where: $where) {
            totalCount
            nodes { departmentCode departmentKind year code amount(unit: YUAN) basicAmount(unit: YUAN) projectAmount(unit: YUAN) rowCount }
            summary { amount(unit: YUAN) basicAmount(unit: YUAN) projectAmount(unit: YUAN) rowCount groupCount } } }
        """;

    public static TheoryData<string[]> Dimensions => new()
    {
        new[] { "FUNCTIONAL_SUBJECT" },
        new[] { "YEAR", "FUNCTIONAL_SUBJECT" },
        new[] { "FUNCTIONAL_SUBJECT", "DEPARTMENT", "YEAR" },
        new[] { "DEPARTMENT_KIND", "FUNCTIONAL_SUBJECT" },
    };

    /// <summary>The groups as aggregate computed them from FunctionalRows: every printed 类 row in memory, grouped, in key order.</summary>
    private async Task<string> ExpectedAsync(string[] dims, Func<Printed, bool> where, bool nonEmpty = true)
    {
        await using var db = new WarehouseDbContext(warehouse.Database.Options);
        var rows = (await ExpenditureQuery.FunctionalRows(db).Where(f => f.FunctionalSubject!.Level == SubjectLevel.Class)
            .Select(f => new Printed(f.Department!.Code, f.Department.Kind, f.Year, f.FunctionalSubject!.Code, f.TotalYuan, f.BasicYuan, f.ProjectYuan))
            .ToListAsync()).Where(where).ToList();
        Assert.True(!nonEmpty || rows.Count > 0, "no printed 类 rows");
        bool Has(string d) => dims.Contains(d);
        var groups = rows.GroupBy(r => (
                Department: Has("DEPARTMENT") ? r.DepartmentCode : null,
                Kind: Has("DEPARTMENT_KIND") ? r.Kind : (DepartmentKind?)null,
                Year: Has("YEAR") ? r.Year : (int?)null,
                Code: Has("FUNCTIONAL_SUBJECT") ? r.Code : null))
            .OrderBy(g => g.Key.Department, StringComparer.Ordinal).ThenBy(g => g.Key.Kind).ThenBy(g => g.Key.Year).ThenBy(g => g.Key.Code, StringComparer.Ordinal)
            .Select(g => new
            {
                departmentCode = g.Key.Department,
                departmentKind = g.Key.Kind is { } k ? Regex.Replace(k.ToString(), "(?<=[a-z])(?=[A-Z])", "_").ToUpperInvariant() : null,
                year = g.Key.Year,
                code = g.Key.Code,
                amount = (decimal)g.Sum(r => r.Total),
                basicAmount = (decimal)g.Sum(r => r.Basic),
                projectAmount = (decimal)g.Sum(r => r.Project),
                rowCount = g.Count(),
            })
            .ToList();
        var summary = new
        {
            amount = (decimal)rows.Sum(r => r.Total), basicAmount = (decimal)rows.Sum(r => r.Basic), projectAmount = (decimal)rows.Sum(r => r.Project),
            rowCount = rows.Count, groupCount = groups.Count,
        };
        return JsonSerializer.Serialize(new { aggregate = new { totalCount = groups.Count, nodes = groups, summary } });
    }

    private async Task<string> ActualAsync(string[] dims, object? where)
    {
        var data = await warehouse.DataAsync(Query, new { groupBy = dims, where });
        // Amounts in yuan are whole numbers: normalize their printing (e.g. 1.0E+7) by reading them as decimals.
        return JsonSerializer.Serialize(Normalize(data));
    }

    private static object? Normalize(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.Object => e.EnumerateObject().ToDictionary(p => p.Name, p => Normalize(p.Value)),
        JsonValueKind.Array => e.EnumerateArray().Select(Normalize).ToList(),
        JsonValueKind.Number => e.GetDecimal(),
        JsonValueKind.String => e.GetString(),
        _ => null,
    };

    [Theory]
    [MemberData(nameof(Dimensions))]
    public async Task Without_a_filter_the_groups_equal_those_of_the_printed_rows(string[] dims)
    {
        var expected = await ExpectedAsync(dims, _ => true);
        warehouse.Commands.Reset();
        Assert.Equal(expected, await ActualAsync(dims, null));
        // One statement over the class totals, summed (and grouped, when there is something to group by) by the database.
        var sql = Assert.Single(warehouse.Commands.Texts);
        Assert.Contains("BudgetFigures", sql);
        Assert.Contains("SUM(", sql, StringComparison.OrdinalIgnoreCase);
        if (dims.Length > 0)
        {
            Assert.Contains("GROUP BY", sql);
        }
    }

    [Theory]
    [MemberData(nameof(Dimensions))]
    public async Task Through_a_filter_the_groups_equal_those_of_the_filtered_printed_rows(string[] dims)
    {
        var year = (await ExpectedYearsAsync()).Max();
        // Filters the database applies (then groups), and text matches applied in memory to the streamed rows.
        await AssertFilteredAsync(dims, new { year = new { gte = 0 } }, _ => true, inSql: true);
        await AssertFilteredAsync(dims, new { year = new { eq = year }, code = new { neq = "201" } }, r => r.Year == year && r.Code != "201", inSql: true);
        await AssertFilteredAsync(dims, new { stage = new { eq = "INITIAL" }, economicCode = new { eq = (string?)null }, code = new { @in = new[] { "201", "206", "999" } } },
            r => r.Code is "201" or "206" or "999", inSql: true);
        await AssertFilteredAsync(dims, new { or = new object[] { new { stage = new { eq = "ACTUAL" } }, new { projectCategory = new { neq = (string?)null } } } },
            _ => false, inSql: true);
        await AssertFilteredAsync(dims, new { departmentCode = new { contains = "s" }, code = new { startsWith = "2" } },
            r => r.DepartmentCode.Contains('s', StringComparison.Ordinal) && r.Code.StartsWith('2'), inSql: false);
    }

    private async Task AssertFilteredAsync(string[] dims, object where, Func<Printed, bool> expected, bool inSql)
    {
        var groups = await ExpectedAsync(dims, expected, nonEmpty: false);
        warehouse.Commands.Reset();
        Assert.Equal(groups, await ActualAsync(dims, where));
        var sql = Assert.Single(warehouse.Commands.Texts);
        Assert.Equal(inSql, sql.Contains("SUM(", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>
    /// compare at 类 reads the same table: each department's cells and total are the 类 rows and total row the
    /// drill-down chooses (breakdown's first level and root), amount and printed line alike.
    /// </summary>
    [Fact]
    public async Task Compare_at_class_gives_each_department_the_class_rows_and_total_of_its_breakdown()
    {
        var data = await warehouse.DataAsync("""
            { departments { code budgets { year breakdown { amount(unit: YUAN) source { table line }
                children { code amount(unit: YUAN) basicAmount(unit: YUAN) source { table line } } } } } }
            """);
        var expected = new List<string>();
        var byYear = new SortedDictionary<int, List<string>>();
        foreach (var d in data.GetProperty("departments").EnumerateArray())
        {
            var code = d.GetProperty("code").GetString()!;
            foreach (var b in d.GetProperty("budgets").EnumerateArray())
            {
                var year = b.GetProperty("year").GetInt32();
                var root = b.GetProperty("breakdown");
                if (root.ValueKind == JsonValueKind.Null)
                {
                    continue;
                }
                (byYear.TryGetValue(year, out var codes) ? codes : byYear[year] = []).Add(code);
                expected.Add($"{year} {code} total {root.GetProperty("amount")} {root.GetProperty("source")}");
                expected.AddRange(root.GetProperty("children").EnumerateArray().Where(c => c.GetProperty("code").GetString() is { Length: 3 })
                    .Select(c => $"{year} {code} {c.GetProperty("code")} {c.GetProperty("amount")} {c.GetProperty("basicAmount")} {c.GetProperty("source")}"));
            }
        }
        var actual = new List<string>();
        foreach (var (year, codes) in byYear)
        {
            var compare = (await warehouse.DataAsync("""
                query ($year: Int!, $codes: [String!]!) { compare(year: $year, departmentCodes: $codes, level: CLASS) {
                  rows { code cells { departmentCode amount(unit: YUAN) basicAmount(unit: YUAN) source { table line } } }
                  totals { departmentCode amount(unit: YUAN) source { table line } } } }
                """, new { year, codes })).GetProperty("compare");
            actual.AddRange(compare.GetProperty("totals").EnumerateArray()
                .Select(t => $"{year} {t.GetProperty("departmentCode")} total {t.GetProperty("amount")} {t.GetProperty("source")}"));
            actual.AddRange(compare.GetProperty("rows").EnumerateArray().SelectMany(r => r.GetProperty("cells").EnumerateArray()
                .Where(c => c.GetProperty("amount").ValueKind != JsonValueKind.Null)
                .Select(c => $"{year} {c.GetProperty("departmentCode")} {r.GetProperty("code")} {c.GetProperty("amount")} {c.GetProperty("basicAmount")} {c.GetProperty("source")}")));
        }
        Assert.Contains(expected, e => !e.Contains(" total ", StringComparison.Ordinal));
        Assert.Equal(expected.Order(StringComparer.Ordinal), actual.Order(StringComparer.Ordinal));
    }

    private async Task<List<int>> ExpectedYearsAsync()
    {
        await using var db = new WarehouseDbContext(warehouse.Database.Options);
        return await db.FunctionalExpenditures.Select(f => f.Year).Distinct().ToListAsync();
    }
}

/// <summary><see cref="AggregateClassTotalsTests"/> over the five real documents.</summary>
[Collection(WarehouseCollection.Name)]
public sealed class RealAggregateClassTotalsTests(WarehouseFixture warehouse) : AggregateClassTotalsTests(warehouse);

/// <summary><see cref="AggregateClassTotalsTests"/> over a synthetic warehouse of 20 departments × 3 years.</summary>
public sealed class SynthAggregateClassTotalsTests(SynthWarehouseFixture warehouse) : AggregateClassTotalsTests(warehouse), IClassFixture<SynthWarehouseFixture>;
