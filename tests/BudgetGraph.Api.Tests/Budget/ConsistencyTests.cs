using System.Text.Json;
using BudgetGraph.Warehouse;
using BudgetGraph.Warehouse.Marts;
using BudgetGraph.GraphSchema;
using BudgetGraph.GraphSchema.Figures;
using Microsoft.EntityFrameworkCore;

namespace BudgetGraph.Api.Tests.Budget;

/// <summary>
/// One published truth per figure: for every department-year of the warehouse and every functional code it has (and
/// its total), the same amount comes back through every field that serves it — budget totals, breakdown, compare,
/// expenditures, aggregate and yearOverYear — and it is the figures mart's.
/// </summary>
public abstract class ConsistencyTests(WarehouseFixture warehouse)
{
    private sealed record Node(string DepartmentCode, int Year, FigureKind Kind, string? Code, long Yuan);

    private async Task<List<Node>> NodesAsync()
    {
        await using var db = new WarehouseDbContext(warehouse.Database.Options);
        return await db.BudgetFigures.Where(f => f.StageId == 1
                && (f.Kind == FigureKind.Total || f.Kind == FigureKind.Class || f.Kind == FigureKind.Section || f.Kind == FigureKind.Item))
            .Select(f => new Node(f.Department!.Code, f.Year, f.Kind, f.Code, f.TotalYuan)).ToListAsync();
    }

    private static string Level(FigureKind kind) => kind switch { FigureKind.Class => "CLASS", FigureKind.Section => "SECTION", _ => "ITEM" };

    private static long? Yuan(JsonElement e) => e.ValueKind == JsonValueKind.Null ? null : (long)e.GetDecimal();

    [Fact]
    public async Task Every_field_serves_the_same_amount_for_every_department_year_and_code()
    {
        var nodes = await NodesAsync();
        Assert.NotEmpty(nodes);
        var mismatches = new List<string>();
        void Check(Node n, string field, long? actual)
        {
            if (actual != n.Yuan)
            {
                mismatches.Add($"{n.DepartmentCode} {n.Year} {n.Code ?? "total"}: {field} gave {actual?.ToString() ?? "null"}, the mart {n.Yuan}");
            }
        }
        foreach (var dy in nodes.GroupBy(n => (n.DepartmentCode, n.Year)))
        {
            var (dept, year) = dy.Key;
            var data = await warehouse.DataAsync("""
                query ($dept: String!, $depts: [String!]!, $year: Int!) {
                  department(code: $dept) { budget(year: $year) { totalExpenditure(unit: YUAN) } }
                  root: breakdown(year: $year, departmentCodes: $depts) { amount(unit: YUAN) }
                  c1: compare(year: $year, departmentCodes: $depts, level: CLASS) { totals { amount(unit: YUAN) } rows { code cells { amount(unit: YUAN) } } }
                  c2: compare(year: $year, departmentCodes: $depts, level: SECTION) { rows { code cells { amount(unit: YUAN) } } }
                  c3: compare(year: $year, departmentCodes: $depts, level: ITEM) { rows { code cells { amount(unit: YUAN) } } }
                  expenditures(first: 100, where: { departmentCode: { eq: $dept }, year: { eq: $year } }) { nodes { code amount(unit: YUAN) } }
                  total: aggregate(groupBy: [DEPARTMENT, YEAR], where: { departmentCode: { eq: $dept }, year: { eq: $year } }) { nodes { amount(unit: YUAN) } }
                  a1: aggregate(groupBy: [FUNCTIONAL_SUBJECT], level: CLASS, where: { departmentCode: { eq: $dept }, year: { eq: $year } }, first: 100) { nodes { code amount(unit: YUAN) } }
                  a2: aggregate(groupBy: [FUNCTIONAL_SUBJECT], level: SECTION, where: { departmentCode: { eq: $dept }, year: { eq: $year } }, first: 100) { nodes { code amount(unit: YUAN) } }
                  a3: aggregate(groupBy: [FUNCTIONAL_SUBJECT], level: ITEM, where: { departmentCode: { eq: $dept }, year: { eq: $year } }, first: 100) { nodes { code amount(unit: YUAN) } }
                  y1: yearOverYear(departmentCode: $dept, fromYear: $year, toYear: $year, level: CLASS) { rows { kind code points { amount(unit: YUAN) } } }
                  y2: yearOverYear(departmentCode: $dept, fromYear: $year, toYear: $year, level: SECTION, kinds: [SUBJECT]) { rows { code points { amount(unit: YUAN) } } }
                  y3: yearOverYear(departmentCode: $dept, fromYear: $year, toYear: $year, level: ITEM, kinds: [SUBJECT]) { rows { code points { amount(unit: YUAN) } } }
                }
                """, new { dept, depts = new[] { dept }, year });
            var expenditures = data.GetProperty("expenditures").GetProperty("nodes").EnumerateArray().ToList();
            Assert.True(expenditures.Count < 100, "a department-year with 100 or more rows needs paging here");
            foreach (var n in dy)
            {
                if (n.Kind == FigureKind.Total)
                {
                    Check(n, "budget.totalExpenditure", Yuan(data.GetProperty("department").GetProperty("budget").GetProperty("totalExpenditure")));
                    Check(n, "breakdown", Yuan(data.GetProperty("root").GetProperty("amount")));
                    Check(n, "compare.totals", Yuan(data.GetProperty("c1").GetProperty("totals")[0].GetProperty("amount")));
                    Check(n, "aggregate", Yuan(Assert.Single(data.GetProperty("total").GetProperty("nodes").EnumerateArray()).GetProperty("amount")));
                    Check(n, "yearOverYear", Yuan(data.GetProperty("y1").GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("kind").GetString() == "TOTAL_EXPENDITURE")
                        .GetProperty("points")[0].GetProperty("amount")));
                    continue;
                }
                var suffix = n.Kind switch { FigureKind.Class => "1", FigureKind.Section => "2", _ => "3" };
                long? Find(string field, Func<JsonElement, JsonElement> amount) =>
                    data.GetProperty(field).GetProperty(field.StartsWith('a') ? "nodes" : "rows").EnumerateArray()
                        .Where(r => r.GetProperty("code").GetString() == n.Code).Select(r => Yuan(amount(r))).SingleOrDefault();
                var node = (await warehouse.DataAsync("query ($depts: [String!]!, $year: Int!, $code: String) { breakdown(year: $year, departmentCodes: $depts, code: $code) { amount(unit: YUAN) } }",
                    new { depts = new[] { dept }, year, code = n.Code })).GetProperty("breakdown");
                Check(n, "breakdown", node.ValueKind == JsonValueKind.Null ? null : Yuan(node.GetProperty("amount")));
                Check(n, "compare", Find("c" + suffix, r => r.GetProperty("cells")[0].GetProperty("amount")));
                Check(n, "expenditures", expenditures.Where(r => r.GetProperty("code").GetString() == n.Code).Select(r => Yuan(r.GetProperty("amount"))).SingleOrDefault());
                Check(n, "aggregate", Find("a" + suffix, r => r.GetProperty("amount")));
                Check(n, "yearOverYear", Find("y" + suffix, r => r.GetProperty("points")[0].GetProperty("amount")));
            }
        }
        Assert.True(mismatches.Count == 0, string.Join("\n", mismatches.Take(30)));
    }

    /// <summary>
    /// A total is read with fewer columns than other rows (FigureReader.KeyedTotal: the grain fixes the others); for every
    /// department-year and stage, with and without its source, it is the same figure as the total among the functional rows.
    /// </summary>
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_total_read_alone_is_the_total_read_with_the_functional_rows(bool provenance)
    {
        await using var db = new WarehouseDbContext(warehouse.Database.Options);
        var keys = (await db.BudgetFigures.Select(f => new { f.DepartmentId, f.Year, f.StageId }).Distinct().ToListAsync())
            .Select(k => new FigureKey(k.DepartmentId, k.Year, (BudgetStage)k.StageId)).ToList();
        var totals = await FigureReader.LoadAsync(db, keys, FigureSet.Total, provenance, default);
        var functional = await FigureReader.LoadAsync(db, keys, FigureSet.Functional, provenance, default);
        Assert.NotEmpty(keys);
        Assert.All(keys, k => Assert.Equal(functional[k].Where(r => r.Kind == FigureKind.Total), totals[k]));
        Assert.Equal(keys.Count, totals.Count);
    }

    /// <summary>
    /// The summed breakdown (FigureReader.FunctionalTreeSumAsync) groups the functional nodes by path alone and describes
    /// each from one of its rows: that is exact only because the mart derives a functional node's and a residual's kind,
    /// parent, code, name and link from its path. Every row of such a path, in every department-year and stage, agrees.
    /// </summary>
    [Fact]
    public async Task Every_row_of_a_functional_or_residual_path_describes_the_node_alike()
    {
        await using var db = new WarehouseDbContext(warehouse.Database.Options);
        FigureKind[] kinds = [FigureKind.Total, FigureKind.Class, FigureKind.Section, FigureKind.Item, FigureKind.RoundingResidual, FigureKind.UnlistedRemainder];
        var rows = await db.BudgetFigures.Where(f => kinds.Contains(f.Kind))
            .Select(f => new { f.Path, f.Kind, f.ParentPath, f.Code, f.Name, f.ItemLink }).Distinct().ToListAsync();
        Assert.Contains(rows, r => r.Kind == FigureKind.Item);
        Assert.Contains(rows, r => r.Kind == FigureKind.RoundingResidual || r.Kind == FigureKind.UnlistedRemainder);
        var differing = rows.GroupBy(r => r.Path).Where(g => g.Count() > 1).Select(g => string.Join(" | ", g)).ToList();
        Assert.True(differing.Count == 0, string.Join("\n", differing.Take(10)));
    }
}

/// <summary><see cref="ConsistencyTests"/> over the real documents.</summary>
[Collection(WarehouseCollection.Name)]
public sealed class RealConsistencyTests(WarehouseFixture warehouse) : ConsistencyTests(warehouse);

/// <summary><see cref="ConsistencyTests"/> over a synthetic warehouse of 20 departments × 3 years.</summary>
public sealed class SynthConsistencyTests(SynthWarehouseFixture warehouse) : ConsistencyTests(warehouse), IClassFixture<SynthWarehouseFixture>;

/// <summary>The issue's checks on stages and on totals that must not be re-added.</summary>
[Collection(WarehouseCollection.Name)]
public sealed class StageAndTotalTests(WarehouseFixture warehouse)
{
    [Fact]
    public async Task Aggregate_by_department_and_year_at_item_level_serves_the_published_totals()
    {
        var data = await warehouse.DataAsync("""
            { aggregate(groupBy: [DEPARTMENT, YEAR], level: ITEM) { nodes { departmentCode year amount derived publishedAmount } } }
            """);
        var nodes = data.GetProperty("aggregate").GetProperty("nodes").EnumerateArray()
            .ToDictionary(n => (n.GetProperty("departmentCode").GetString(), n.GetProperty("year").GetInt32()));
        // 004 表3: 29,760 (its 项 rows add up to 29,759); 003: 44,972.11 (项 rows 44,972.10).
        Assert.Equal("29760", nodes[("psqzsj", 2023)].GetProperty("amount").GetRawText());
        Assert.Equal("44972.11", nodes[("szzsj", 2024)].GetProperty("amount").GetRawText());
        Assert.All(nodes.Values, n => Assert.False(n.GetProperty("derived").GetBoolean()));
        Assert.All(nodes.Values, n => Assert.Equal(n.GetProperty("amount").GetRawText(), n.GetProperty("publishedAmount").GetRawText()));
        // The report-only year is there, with the report's initial budget.
        Assert.Equal("68098.25", nodes[("szdsj", 2024)].GetProperty("amount").GetRawText());
    }

    [Fact]
    public async Task A_where_on_codes_without_grouping_by_them_is_marked_derived()
    {
        var data = await warehouse.DataAsync("""
            { aggregate(groupBy: [DEPARTMENT, YEAR], level: ITEM, where: { code: { startsWith: "201" }, departmentCode: { eq: "psqzsj" } }) { nodes { amount derived publishedAmount } } }
            """);
        var node = Assert.Single(data.GetProperty("aggregate").GetProperty("nodes").EnumerateArray());
        Assert.True(node.GetProperty("derived").GetBoolean());
        Assert.Equal(JsonValueKind.Null, node.GetProperty("publishedAmount").ValueKind);
    }

    [Fact]
    public async Task A_year_known_only_from_an_evaluation_report_shows_each_stage_everywhere()
    {
        var data = await warehouse.DataAsync("""
            { initial: breakdown(year: 2024, departmentCodes: ["szdsj"]) { amount children { name } }
              adjusted: breakdown(year: 2024, departmentCodes: ["szdsj"], stage: ADJUSTED) { amount }
              actual: compare(year: 2024, departmentCodes: ["szdsj"], stage: ACTUAL) { totals { amount source { document { kind } } } }
              department(code: "szdsj") { budget(year: 2024, stage: ADJUSTED) { stage totalExpenditure } }
              byStage: aggregate(groupBy: [STAGE], where: { departmentCode: { eq: "szdsj" }, year: { eq: 2024 } }) { nodes { stage amount } }
              yoy: yearOverYear(departmentCode: "szdsj", fromYear: 2023, kinds: [TOTAL_EXPENDITURE]) { rows { points { year amount stage comparable change } } }
              yoyAdjusted: yearOverYear(departmentCode: "szdsj", fromYear: 2023, kinds: [TOTAL_EXPENDITURE], stage: ADJUSTED) { rows { points { year amount stage change } } } }
            """);
        Assert.Equal("68098.25", data.GetProperty("initial").GetProperty("amount").GetRawText());
        Assert.Empty(data.GetProperty("initial").GetProperty("children").EnumerateArray());
        Assert.Equal("112233.18", data.GetProperty("adjusted").GetProperty("amount").GetRawText());
        var actual = data.GetProperty("actual").GetProperty("totals")[0];
        Assert.Equal(("108019.3", "EVALUATION"), (actual.GetProperty("amount").GetRawText(), actual.GetProperty("source").GetProperty("document").GetProperty("kind").GetString()));
        Assert.Equal("ADJUSTED", data.GetProperty("department").GetProperty("budget").GetProperty("stage").GetString());
        Assert.Equal(["INITIAL:68098.25", "ADJUSTED:112233.18", "ACTUAL:108019.3"], data.GetProperty("byStage").GetProperty("nodes").EnumerateArray()
            .Select(n => $"{n.GetProperty("stage").GetString()}:{n.GetProperty("amount").GetRawText()}"));
        // Year over year compares like with like: each point says its stage, and the adjusted row has no 2023 budget to compare with.
        var points = data.GetProperty("yoy").GetProperty("rows")[0].GetProperty("points").EnumerateArray().ToList();
        Assert.All(points, p => Assert.Equal("INITIAL", p.GetProperty("stage").GetString()));
        Assert.All(points, p => Assert.True(p.GetProperty("comparable").GetBoolean()));
        var adjusted = data.GetProperty("yoyAdjusted").GetProperty("rows")[0].GetProperty("points").EnumerateArray().ToList();
        Assert.Equal(JsonValueKind.Null, adjusted.Single(p => p.GetProperty("year").GetInt32() == 2023).GetProperty("amount").ValueKind);
        Assert.Equal(JsonValueKind.Null, adjusted.Single(p => p.GetProperty("year").GetInt32() == 2024).GetProperty("change").ValueKind);
    }
}

/// <summary>One unit rule: money in the profile takes `unit` and returns Decimal like every money field.</summary>
[Collection(WarehouseCollection.Name)]
public sealed class ProfileMoneyTests(WarehouseFixture warehouse)
{
    [Fact]
    public async Task Fixed_assets_value_takes_a_unit_like_every_money_field()
    {
        var data = await warehouse.DataAsync("""
            { department(code: "szdsj") { budget(year: 2024) {
                wan: fixedAssetsValue yuan: fixedAssetsValue(unit: YUAN) yi: fixedAssetsValue(unit: YI_YUAN)
                profile { measure amount quantity } } } }
            """);
        var budget = data.GetProperty("department").GetProperty("budget");
        // 002: 固定资产总额 1,631,997,000 元.
        Assert.Equal(("163199.7", "1631997000", "16.31997"),
            (budget.GetProperty("wan").GetRawText(), budget.GetProperty("yuan").GetRawText(), budget.GetProperty("yi").GetRawText()));
        var measures = budget.GetProperty("profile").EnumerateArray().ToList();
        Assert.Equal("163199.7", measures.Single(m => m.GetProperty("measure").GetString() == "fixed_assets_value").GetProperty("amount").GetRawText());
        // Every money measure (in 元) has its amount in the unit asked for; counts (staff, vehicles) have none.
        Assert.All(measures.Where(m => m.GetProperty("amount").ValueKind != JsonValueKind.Null),
            m => Assert.Equal(m.GetProperty("quantity").GetDecimal() / 10_000m, m.GetProperty("amount").GetDecimal()));
        Assert.Contains(measures, m => m.GetProperty("amount").ValueKind == JsonValueKind.Null);
    }
}
