using System.Text.Json;

namespace BudgetGraph.Api.Tests.Budget;

/// <summary>The published figures the issue names, through the engine executing the budget schema over the imported warehouse.</summary>
[Collection(WarehouseCollection.Name)]
public sealed class AcceptanceTests(WarehouseFixture warehouse)
{
    [Fact]
    public async Task Data_center_2023_totals_are_the_published_figures()
    {
        var data = await warehouse.DataAsync("""
            { department(code: "szdsj") { name kind budget(year: 2023) {
                totalExpenditure basicExpenditure projectExpenditure yuan: totalExpenditure(unit: YUAN) yi: totalExpenditure(unit: YI_YUAN) } } }
            """);
        var dept = data.GetProperty("department");
        Assert.Equal("深圳市大数据资源管理中心", dept.GetProperty("name").GetString());
        Assert.Equal("DATA_CENTER", dept.GetProperty("kind").GetString());
        var budget = dept.GetProperty("budget");
        Assert.Equal(94294m, budget.GetProperty("totalExpenditure").GetDecimal());
        Assert.Equal(3073m, budget.GetProperty("basicExpenditure").GetDecimal());
        Assert.Equal(91221m, budget.GetProperty("projectExpenditure").GetDecimal());
        Assert.Equal("942940000", budget.GetProperty("yuan").GetRawText());
        Assert.Equal("9.4294", budget.GetProperty("yi").GetRawText());
    }

    [Fact]
    public async Task Data_center_2024_execution_is_the_evaluation_reports()
    {
        var data = await warehouse.DataAsync("""
            { department(code: "szdsj") { budget(year: 2024) { execution { initialBudget adjustedBudget actualExpenditure executionRate } } } }
            """);
        var e = data.GetProperty("department").GetProperty("budget").GetProperty("execution");
        Assert.Equal("68098.25", e.GetProperty("initialBudget").GetRawText());
        Assert.Equal("112233.18", e.GetProperty("adjustedBudget").GetRawText());
        Assert.Equal("108019.3", e.GetProperty("actualExpenditure").GetRawText());
        Assert.Equal(0.9625, e.GetProperty("executionRate").GetDouble(), 0.0001);
    }

    [Fact]
    public async Task Breakdown_of_2010399_has_the_categories_and_a_rounding_residual_of_1()
    {
        var data = await warehouse.DataAsync("""
            { breakdown(year: 2023, departmentCodes: ["szdsj"], code: "2010399") {
                code amount children { name kind amount residual { published childrenSum difference } } } }
            """);
        var node = data.GetProperty("breakdown");
        Assert.Equal(91221m, node.GetProperty("amount").GetDecimal());
        var children = node.GetProperty("children").EnumerateArray().ToList();
        decimal Child(string name) => children.Single(c => c.GetProperty("name").GetString() == name).GetProperty("amount").GetDecimal();
        Assert.Equal(33416m, Child("政务综合管理"));
        Assert.Equal(37837m, Child("政府投资项目"));
        Assert.Equal(11078m, Child("信息化运维项目"));
        var residual = children.Single(c => c.GetProperty("kind").GetString() == "ROUNDING_RESIDUAL");
        Assert.Equal(1m, residual.GetProperty("amount").GetDecimal());
        Assert.Equal(91221m, residual.GetProperty("residual").GetProperty("published").GetDecimal());
        Assert.Equal(91220m, residual.GetProperty("residual").GetProperty("childrenSum").GetDecimal());
        Assert.Equal(node.GetProperty("amount").GetDecimal(), children.Sum(c => c.GetProperty("amount").GetDecimal()));
    }

    [Fact]
    public async Task Breakdown_of_201_has_20103()
    {
        var data = await warehouse.DataAsync("""
            { breakdown(year: 2023, departmentCodes: ["szdsj"], code: "201") { amount children { code amount } } }
            """);
        var child = data.GetProperty("breakdown").GetProperty("children").EnumerateArray().Single(c => c.GetProperty("code").GetString() == "20103");
        Assert.Equal(93003m, child.GetProperty("amount").GetDecimal());
    }

    [Fact]
    public async Task City_bureau_2024_breakdown_of_2010302_keeps_two_decimals()
    {
        var data = await warehouse.DataAsync("""
            { breakdown(year: 2024, departmentCodes: ["szzsj"], code: "2010302") { amount source { precision table } } }
            """);
        Assert.Equal("40980.57", data.GetProperty("breakdown").GetProperty("amount").GetRawText());
        Assert.Equal("0.01", data.GetProperty("breakdown").GetProperty("source").GetProperty("precision").GetRawText());
    }

    [Fact]
    public async Task Compare_at_class_level_gives_both_departments_columns()
    {
        var data = await warehouse.DataAsync("""
            { compare(year: 2023, departmentCodes: ["szdsj", "psqzsj"], level: CLASS) { rows { code name cells { departmentCode amount share rank } } } }
            """);
        var rows = data.GetProperty("compare").GetProperty("rows").EnumerateArray().ToList();
        JsonElement Cell(string code, int i) => rows.Single(r => r.GetProperty("code").GetString() == code).GetProperty("cells")[i];
        Assert.Equal(93003m, Cell("201", 0).GetProperty("amount").GetDecimal());
        Assert.Equal(29173m, Cell("201", 1).GetProperty("amount").GetDecimal());
        Assert.Equal(JsonValueKind.Null, Cell("205", 0).GetProperty("amount").ValueKind);
        Assert.Equal(4m, Cell("205", 1).GetProperty("amount").GetDecimal());
        Assert.Equal(1, Cell("201", 0).GetProperty("rank").GetInt32());
        Assert.Equal(93003d / 94294d, Cell("201", 0).GetProperty("share").GetDouble(), 1e-12);
    }
}
