using System.Text;
using BudgetGraph.Ingest.Staging;
using BudgetGraph.Ingest.Text;
using Microsoft.EntityFrameworkCore;

namespace BudgetGraph.Ingest.Tests;

/// <summary>
/// Issue 14 item 3: the evaluation report is held to the budgets' standard. A report cut short, with a line
/// dropped, or saved with other line endings is either read whole (every figure, every line right) or refused with
/// file, line and what was expected — never imported with figures silently missing — and a refusal changes nothing.
/// </summary>
public class EvaluationReportRefusalTests
{
    private static string[] Lines() => SourceLines.Split(File.ReadAllText(Sources.DataCenter2024Evaluation));

    private static string Without(params int[] lineNumbers) =>
        string.Join('\n', Lines().Where((_, i) => !lineNumbers.Contains(i + 1)));

    [Fact]
    public async Task AReportCutShortIsRefusedAtItsEndAndChangesNothing()
    {
        using var warehouse = new TestWarehouse();
        await warehouse.ImportAsync(Sources.DataCenter2024Evaluation);
        var before = warehouse.Checksum();
        var path = warehouse.WriteSource("002_cut.txt", string.Join('\n', Lines().Take(308)));

        var refused = await Assert.ThrowsAsync<ImportRefusedException>(() => warehouse.ImportAsync(path));
        Assert.Equal("002_cut.txt: line 308: expected the closing score (“…评价评分 97.62 分，绩效评级为“优”。”), but the report ends without one",
            refused.Message);
        Assert.Equal(before, warehouse.Checksum());
    }

    [Theory]
    // 116 "2024 年度我中心部门年初预算收入 68,098.25 万元，": the rest of the sentence is left alone on (new) line 117.
    [InlineData(116, "line 117: expected “2,757.38 万元” inside a complete statement the report reader knows, found it outside every one (a sentence cut short or a line missing)")]
    // 200 "112,233.18 万元，全年实际支出预算数 108,019.30 万元，": the execution sentence is broken.
    [InlineData(200, "line 781: expected a sentence stating 年初预算, 年中调整后预算数, 全年实际支出 and 预算执行率, but the report ends without one")]
    // 206 "（2）政府采购执行情况": the outline goes from （1） to （3）.
    [InlineData(206, "line 223: expected heading number （2） of the report's outline (after （1）), found （3）")]
    // 220 "算数 59,478.58 万元，实际完成采购预算 55,946.81 万元，": only the rate is left.
    [InlineData(220, "line 221: expected “率为 94.06%” inside a complete statement the report reader knows, found it outside every one (a sentence cut short or a line missing)")]
    // 361 "截至 2024 年 12 月 31 日，我中心拥有固定资产 19,350": the original value is left without its count.
    [InlineData(361, "line 362: expected “163,199.7 万元” inside a complete statement the report reader knows, found it outside every one (a sentence cut short or a line missing)")]
    // 369 "2024 年度，事业编制数 54 人，年末实有在编人数 43": no figure is left behind, but 人员管理 states nothing.
    [InlineData(369, "line 367: expected the statement “编制数 … 人，实有在编人数 … 人” in the section 4.人员管理方面, found none")]
    // 612 "公出国（境）经费按零基预算原则年初预算为 0 万元，公务".
    [InlineData(612, "line 613: expected “0 万元” inside a complete statement the report reader knows, found it outside every one (a sentence cut short or a line missing)")]
    // 782, the last line: "整体支出绩效评价评分 97.62 分，绩效评级为“优”。".
    [InlineData(782, "line 780: expected the closing score (“…评价评分 97.62 分，绩效评级为“优”。”), but the report ends without one")]
    public async Task AReportWithALineDroppedIsRefusedAndChangesNothing(int dropped, string expected)
    {
        using var warehouse = new TestWarehouse();
        await warehouse.ImportAsync(Sources.DataCenter2024Evaluation);
        var before = warehouse.Checksum();
        var path = warehouse.WriteSource("002_dropped.txt", Without(dropped));

        var refused = await Assert.ThrowsAsync<ImportRefusedException>(() => warehouse.ImportAsync(path));
        Assert.Equal("002_dropped.txt: " + expected, refused.Message);
        Assert.Equal(before, warehouse.Checksum());
    }

    /// <summary>Everything the report's reader stages, without the lines (a dropped line moves the lines after it).</summary>
    private static string Figures(StagedDocument d) => string.Join("\n",
        d.Executions.Select(e => $"E {e.Measure} {e.StageId} {e.Amount}")
            .Concat(d.Rates.Select(r => $"R {r.Measure} {r.BasisPoints}"))
            .Concat(d.ThreePublic.Select(t => $"T {t.Item} {t.StageId} {t.Amount}"))
            .Concat(d.Profile.Select(p => $"P {p.Measure} {p.Quantity}"))
            .Append($"S {d.Score?.Score} {d.Score?.Grade}")
            .Order(StringComparer.Ordinal));

    [Fact]
    public void EveryLineDroppedEitherLosesNoFigureOrIsRefused()
    {
        var whole = Figures(DocumentStager.Stage("002.txt", Encoding.UTF8.GetBytes(Without())));
        var lost = new List<int>();
        for (var n = 1; n <= Lines().Length; n++)
        {
            StagedDocument staged;
            try
            {
                staged = DocumentStager.Stage("002.txt", Encoding.UTF8.GetBytes(Without(n)));
            }
            catch (ImportRefusedException)
            {
                continue;
            }
            if (Figures(staged) != whole) lost.Add(n);
        }
        Assert.Empty(lost);
    }

    [Theory]
    [InlineData("\r")]
    [InlineData("\r\n")]
    public async Task OtherLineEndingsGiveTheSameFactsOnTheSameLines(string lineEnd)
    {
        using var warehouse = new TestWarehouse();
        var lf = await FactsAsync(warehouse, Sources.DataCenter2024Evaluation);
        var path = warehouse.WriteSource("002_endings.txt", string.Join(lineEnd, Lines()));
        var other = await FactsAsync(warehouse, path);
        Assert.Equal(33, lf.Count);
        Assert.Equal(lf, other);
        Assert.Contains("Rate Total 9625 line 204", other); // "2024 年度预算执行率为 96.25%。"
    }

    [Fact]
    public async Task ABudgetWithCarriageReturnsOnlyImportsLikeItsOriginal()
    {
        using var warehouse = new TestWarehouse();
        var original = Assert.Single(await warehouse.ImportAsync(Sources.DataCenter2022));
        var path = warehouse.WriteSource("001_cr.txt", string.Join('\r', SourceLines.Split(File.ReadAllText(Sources.DataCenter2022))));
        var cr = Assert.Single(await warehouse.ImportAsync(path));
        Assert.Equal(original.FactCount, cr.FactCount);
        await using var db = warehouse.Create();
        Assert.Equal(81, await db.PriorYearStatements.Where(p => p.Label == "部门预算收入").Select(p => p.SourceLine).SingleAsync());
    }

    private static async Task<List<string>> FactsAsync(TestWarehouse warehouse, string path)
    {
        await warehouse.ImportAsync(path);
        await using var db = warehouse.Create();
        var executions = await db.Executions.Select(e => $"Execution {e.Measure} {e.StageId} {e.AmountYuan} line {e.SourceLine}").ToListAsync();
        var rates = await db.ExecutionRates.Select(r => $"Rate {r.Measure} {r.RateBasisPoints} line {r.SourceLine}").ToListAsync();
        var three = await db.ThreePublics.Select(t => $"ThreePublic {t.Item} {t.StageId} {t.AmountYuan} line {t.SourceLine}").ToListAsync();
        var profile = await db.Profiles.Select(p => $"Profile {p.Measure} {p.Quantity} line {p.SourceLine}").ToListAsync();
        return [.. executions.Concat(rates).Concat(three).Concat(profile).Order(StringComparer.Ordinal)];
    }
}
