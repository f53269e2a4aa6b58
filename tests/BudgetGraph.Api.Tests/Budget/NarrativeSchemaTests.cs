using System.Text.Json;

namespace BudgetGraph.Api.Tests.Budget;

/// <summary>
/// Issue 13: the named narrative figures, the 表12 rows as printed, names with their quotation marks and the
/// evaluation score come back through the schema, each with the line range it is printed on.
/// </summary>
[Collection(WarehouseCollection.Name)]
public sealed class NarrativeSchemaTests(WarehouseFixture warehouse)
{
    private static JsonElement Labelled(JsonElement list, string kind, string label) =>
        list.EnumerateArray().Single(x => x.GetProperty("kind").GetString() == kind && x.GetProperty("label").GetString() == label);

    [Fact]
    public async Task Named_figures_come_back_with_amount_change_and_line_range()
    {
        var data = await warehouse.DataAsync("""
            { department(code: "szdsj") {
                b2023: budget(year: 2023) { narrativeFigures { kind label amount change comparedYear yuan: amount(unit: YUAN) source { table firstLine line } } }
                b2022: budget(year: 2022) { narrativeFigures { kind label amount change comparedYear source { firstLine line } } } } }
            """);
        var y2023 = data.GetProperty("department").GetProperty("b2023").GetProperty("narrativeFigures");
        var group = Labelled(y2023, "PROJECT_GROUP_CHANGE", "履职类项目");
        Assert.Equal((34591m, 2022), (group.GetProperty("change").GetDecimal(), group.GetProperty("comparedYear").GetInt32()));
        Assert.Equal((145, 147), (group.GetProperty("source").GetProperty("firstLine").GetInt32(), group.GetProperty("source").GetProperty("line").GetInt32()));
        var quoted = Labelled(y2023, "NEW_PROJECT", "“深政易”政务办公平台服务项目");
        Assert.Equal((3245m, 32_450_000m), (quoted.GetProperty("amount").GetDecimal(), quoted.GetProperty("yuan").GetDecimal()));
        Assert.Equal("第二部分 部门预算收支总体情况", quoted.GetProperty("source").GetProperty("table").GetString());
        Assert.Equal(250m, Labelled(y2023, "NEW_PROJECT", "深圳市城市大数据中心一期政务光缆").GetProperty("amount").GetDecimal());
        Assert.Equal(44242m, Labelled(y2023, "PROCUREMENT_SERVICES", "服务采购").GetProperty("amount").GetDecimal());

        var y2022 = data.GetProperty("department").GetProperty("b2022").GetProperty("narrativeFigures");
        Assert.Equal(-20618m, Labelled(y2022, "PROJECT_GROUP_CHANGE", "履职类项目").GetProperty("change").GetDecimal());
        Assert.Equal(108m, Labelled(y2022, "NEW_PROJECT", "无线政务网移动办公线路").GetProperty("amount").GetDecimal());
        Assert.Equal(80m, Labelled(y2022, "NEW_PROJECT", "政务信息资源共享平台运营服务").GetProperty("amount").GetDecimal());
    }

    [Fact]
    public async Task Operating_funds_and_the_evaluation_score_come_back()
    {
        var data = await warehouse.DataAsync("""
            { bureau: department(code: "szzsj") { budget(year: 2024) { narrativeFigures { kind label amount change comparedYear } } }
              center: department(code: "szdsj") { budget(year: 2024) { evaluationScore { score grade source { line table } }
                evaluationStatements { kind ordinal text source { firstLine line } } } } }
            """);
        var funds = Labelled(data.GetProperty("bureau").GetProperty("budget").GetProperty("narrativeFigures"), "OPERATING_FUNDS", "机关运行经费");
        Assert.Equal((2222.08m, -156.97m, 2023), (funds.GetProperty("amount").GetDecimal(), funds.GetProperty("change").GetDecimal(), funds.GetProperty("comparedYear").GetInt32()));
        var score = data.GetProperty("center").GetProperty("budget").GetProperty("evaluationScore");
        Assert.Equal((97.62m, "优", 782), (score.GetProperty("score").GetDecimal(), score.GetProperty("grade").GetString(), score.GetProperty("source").GetProperty("line").GetInt32()));
        var outcomes = data.GetProperty("center").GetProperty("budget").GetProperty("evaluationStatements").EnumerateArray()
            .Where(x => x.GetProperty("kind").GetString() == "OUTCOME").ToList();
        Assert.Equal(4, outcomes.Count);
        Assert.StartsWith("完成本年度市级政务外网互联网出口统一建设工作", outcomes[1].GetProperty("text").GetString());
        Assert.Equal((674, 680), (outcomes[1].GetProperty("source").GetProperty("firstLine").GetInt32(), outcomes[1].GetProperty("source").GetProperty("line").GetInt32()));
    }

    [Fact]
    public async Task Performance_rows_and_line_items_come_back_as_printed()
    {
        var data = await warehouse.DataAsync("""
            { bureau: department(code: "szzsj") { budget(year: 2024) { performanceTargets { level1 level2 level3 target source { line } } } }
              center: department(code: "szdsj") { budget(year: 2023) { performanceTargets { level1 level2 level3 source { line } } } } }
            """);
        var rows = data.GetProperty("bureau").GetProperty("budget").GetProperty("performanceTargets").EnumerateArray()
            .ToDictionary(r => r.GetProperty("source").GetProperty("line").GetInt32(),
                r => (r.GetProperty("level1").GetString(), r.GetProperty("level2").GetString(), r.GetProperty("level3").GetString()));
        Assert.Equal(("效益指标", "社会效益指标", "加强我市电子政务项目建设统筹"), rows[576]);
        Assert.Equal(("产出指标", "数量指标", "维护机力房信息点"), rows[562]);
        Assert.Equal(("满意度指标", "服务对象满意度指标", "受惠群众满意度"), rows[583]);
        var cost = data.GetProperty("center").GetProperty("budget").GetProperty("performanceTargets").EnumerateArray()
            .Single(r => r.GetProperty("source").GetProperty("line").GetInt32() == 1657);
        Assert.Equal(("成本", ""), (cost.GetProperty("level1").GetString(), cost.GetProperty("level2").GetString()));
    }
}
