using BudgetGraph.Warehouse.Configurations;
using BudgetGraph.Warehouse.Facts;
using Microsoft.EntityFrameworkCore;

namespace BudgetGraph.Ingest.Tests;

/// <summary>
/// Named figures of the narrative, read by hand from data/sources, each with the line range of its statement
/// (name included): groups of projects against the prior year, new projects, 第四部分's procurement split,
/// 第八部分's 机关运行经费, and the evaluation report's score.
/// </summary>
[Collection(ImportedCollection.Name)]
public class NarrativeFigureTests(ImportedWarehouse imported)
{
    [Theory]
    // 000:145–147 "履职类项目 2023 年度预算资金较2022年度增加34,591万元"; 000:127–129 "2023 年度政府投资项目预算资金较 2022 年度减少 6,995 万元".
    [InlineData("000_", NarrativeFigureKind.ProjectGroupChange, "履职类项目", null, 34_591.0, 145, 147)]
    [InlineData("000_", NarrativeFigureKind.ProjectGroupChange, "政府投资项目", null, -6_995.0, 127, 129)]
    // 001:89 (one long line) "履职类项目2022年度预算资金较2021年度减少20,618万元".
    [InlineData("001_", NarrativeFigureKind.ProjectGroupChange, "履职类项目", null, -20_618.0, 89, 89)]
    // 000:155–165 "新增深圳市城市大数据中心运行预算 2,555 万元、… 数据治理及大数据应用项目 360 万元等".
    [InlineData("000_", NarrativeFigureKind.NewProject, "深圳市城市大数据中心一期政务光缆", 250.0, null, 159, 161)]
    [InlineData("000_", NarrativeFigureKind.NewProject, "深圳市“白名单”数据管理服务（一期）", 1_611.0, null, 161, 161)]
    [InlineData("000_", NarrativeFigureKind.NewProject, "“深政易”政务办公平台服务项目", 3_245.0, null, 163, 163)]
    [InlineData("000_", NarrativeFigureKind.NewProject, "数据治理及大数据应用项目", 360.0, null, 163, 165)]
    [InlineData("001_", NarrativeFigureKind.NewProject, "无线政务网移动办公线路", 108.0, null, 89, 89)]
    [InlineData("001_", NarrativeFigureKind.NewProject, "政务信息资源共享平台运营服务", 80.0, null, 89, 89)]
    // 004:107–109 "三是坪山区机房扩容（三期）2022 年无相关预算，2023 年预算 8,248 万元", and 179–181 with 8,247.97.
    [InlineData("004_", NarrativeFigureKind.NewProject, "坪山区机房扩容（三期）", 8_248.0, null, 107, 109)]
    [InlineData("004_", NarrativeFigureKind.NewProject, "坪山区机房扩容（三期）", 8_247.97, null, 179, 181)]
    // 000:349–353 "…预算共计 74,665 万元，其中货物采购 30,423 万元、工程采购 0 万元、服务采购 44,242 万元。"
    [InlineData("000_", NarrativeFigureKind.ProcurementTotal, "政府采购", 74_665.0, null, 349, 353)]
    [InlineData("000_", NarrativeFigureKind.ProcurementGoods, "货物采购", 30_423.0, null, 349, 353)]
    [InlineData("003_", NarrativeFigureKind.ProcurementServices, "服务采购", 36_193.97, null, 99, 99)]
    // 003:200 "机关运行经费财政拨款预算2,222.08万元,较2023年年初预算减少156.97万元"; 004:457–459 "… 102万元，比 2022 年预算增加 12万元".
    [InlineData("003_", NarrativeFigureKind.OperatingFunds, "机关运行经费", 2_222.08, -156.97, 200, 200)]
    [InlineData("004_", NarrativeFigureKind.OperatingFunds, "机关运行经费", 102.0, 12.0, 457, 459)]
    public async Task NamedFiguresAreCapturedWithTheirLineRange(string file, NarrativeFigureKind kind, string label, double? wan, double? change, int first, int last)
    {
        await using var db = imported.Warehouse.Create();
        var facts = await db.Set<NarrativeFigureFact>()
            .Where(f => f.Document!.FileName.StartsWith(file) && f.Kind == kind && f.Label == label).ToListAsync();
        var fact = Assert.Single(facts, f => f.SourceLine == last);
        Assert.Equal(Yuan(wan), fact.AmountYuan);
        Assert.Equal(Yuan(change), fact.ChangeYuan);
        Assert.Equal(first == last ? null : first, fact.SourceFirstLine);
    }

    private static long? Yuan(double? wan) => wan is { } w ? (long)Math.Round((decimal)w * 10_000) : null;

    [Fact]
    public async Task ThresholdsAndPlansAreNoNewProjects()
    {
        // 000:624 "2023 年计划新增车辆 0 辆；新增单价 50 万元以上通用设备 0 台（套）" states no project, and "50 万元以上" is a
        // threshold, no amount; 003:206's "单价 100 万元以上设备 0 台(套)、0 万元" is a stated amount (0), not a project.
        await using var db = imported.Warehouse.Create();
        Assert.Empty(await db.Set<NarrativeFigureFact>().Where(f => f.Label.Contains("单价") && f.Kind != NarrativeFigureKind.Statement).ToListAsync());
        Assert.Empty(await db.Set<NarrativeFigureFact>().Where(f => f.Document!.FileName.StartsWith("000_") && f.Label.Contains("单价")).ToListAsync());
        Assert.Equal(6, await db.Set<NarrativeFigureFact>().CountAsync(f => f.Document!.FileName.StartsWith("000_") && f.Kind == NarrativeFigureKind.NewProject));
    }

    [Fact]
    public async Task TheReportsScoreIsStored()
    {
        await using var db = imported.Warehouse.Create();
        // 002:780–782 "最终我中心部门预算整体支出绩效评价评分 97.62 分，绩效评级为“优”。"
        var score = await db.Set<EvaluationScoreFact>().SingleAsync();
        Assert.Equal((9762, "优", 782), (score.ScoreHundredths, score.Grade, score.SourceLine));
    }

    [Fact]
    public async Task TheReportsOutputsAndOutcomesAreStoredWithTheirLines()
    {
        await using var db = imported.Warehouse.Create();
        var statements = await db.Set<EvaluationStatementFact>().OrderBy(s => s.Id)
            .Select(s => new { s.Kind, s.Ordinal, s.Text, s.SourceFirstLine, s.SourceLine }).ToListAsync();
        // （二）主要履职情况 prints items 1.–5. (002:482–600); 3.效果性 prints （1）–（4） (002:661–706).
        Assert.Equal([1, 2, 3, 4, 5], statements.Where(s => s.Kind == EvaluationStatementKind.Output).Select(s => s.Ordinal));
        Assert.Equal([1, 2, 3, 4], statements.Where(s => s.Kind == EvaluationStatementKind.Outcome).Select(s => s.Ordinal));
        var network = statements.Single(s => s.Kind == EvaluationStatementKind.Output && s.Ordinal == 2);
        Assert.StartsWith("加快打造高速泛在政务“一张网”。", network.Text);
        Assert.EndsWith("为公共业务、各行业的数字化协同发展提供支撑。", network.Text);
        Assert.Equal((500, 520), (network.SourceFirstLine, network.SourceLine));
        var sms = statements.Single(s => s.Kind == EvaluationStatementKind.Outcome && s.Ordinal == 3);
        Assert.Contains("全年短信发送总量达24005万条", sms.Text);
        Assert.Equal((682, 690), (sms.SourceFirstLine, sms.SourceLine));
    }

    [Fact]
    public async Task AFigureCitesItsSentencesStartAndItsOwnLine()
    {
        // 002:198–204: "我中心年初预算 68,098.25 万元，年中调整后预算数为 / 112,233.18 万元，全年实际支出预算数 108,019.30 万元，/
        // 其中：基本支出 2,368.94 万元，项目支出 105,650.36 万元，/ 2024 年度预算执行率为 96.25%。"
        await using var db = imported.Warehouse.Create();
        var lines = await db.Executions.Where(e => e.Document!.FileName.StartsWith("002_") && e.Measure == ExecutionMeasure.Basic && e.StageId == ReferenceData.ActualStage)
            .Select(e => new { e.SourceFirstLine, e.SourceLine }).SingleAsync();
        Assert.Equal((198, 202), (lines.SourceFirstLine, lines.SourceLine));
        var rate = await db.ExecutionRates.SingleAsync(r => r.Document!.FileName.StartsWith("002_") && r.Measure == ExecutionMeasure.Total);
        Assert.Equal((198, 204), (rate.SourceFirstLine, rate.SourceLine));
        // 000:119–121 "…部门预算收入94,294 万 / 元，比 2022年增加 28,709 万元".
        var income = await db.PriorYearStatements.SingleAsync(p => p.Document!.FileName.StartsWith("000_") && p.Label == "部门预算收入");
        Assert.Equal((119, 121), (income.SourceFirstLine, income.SourceLine));
    }
}
