using BudgetGraph.Ingest.Staging;
using BudgetGraph.Ingest.Text;
using BudgetGraph.Warehouse.Facts;

namespace BudgetGraph.Ingest.Tests;

/// <summary>
/// Page furniture in the narrative on small synthetic documents: a running header or a page number between two lines of
/// one sentence is skipped, and a line that merely recurs (the same wrapped words in every unit of a 汇总 budget) is text.
/// </summary>
public class NarrativeFurnitureTests
{
    private static List<StagedFigure> Statements(string text)
    {
        var lines = SourceLines.Split(text);
        var doc = new StagedDocument { FileName = "synthetic.txt", Sha256 = "", Department = "示例局", Title = "", Year = 2024 };
        NarrativeReader.Read(doc, lines, lines.Length);
        return [.. doc.Figures.Where(f => f.Kind == NarrativeFigureKind.Statement)];
    }

    /// <summary>Three units' paragraphs, each wrapping its 公用支出 sentence at the same word ("…福利费、公" / "务用车运行维护费等。").</summary>
    [Fact]
    public void ALineRepeatedByEveryUnitIsTextNotARunningHeader()
    {
        var units = new[] { ("甲中心", 21, 3), ("乙中心", 22, 4), ("丙中心", 23, 5) };
        var text = "第三部分 部门预算支出具体情况\n" + string.Concat(units.Select(u =>
            $"    {u.Item1}预算 {u.Item2 + u.Item3} 万元。\n" +
            $"    （一）公用支出 {u.Item2} 万元，主要包括：办公费、水电费、福利费、公\n" +
            "务用车运行维护费等。\n" +
            $"    （二）对个人和家庭补助支出 {u.Item3} 万元，主要包括：退休费、生活补助等。\n"));
        var s = Statements(text);
        Assert.Equal(new long[] { 30_000, 40_000, 50_000 }, s.Where(f => f.Label == "对个人和家庭补助支出").Select(f => f.Amount!.Value.Yuan));
        Assert.DoesNotContain(s, f => f.Label.StartsWith('公') && f.Label != "公用支出");
    }

    /// <summary>A running header printed at the top of every page, one of them inside a sentence: the sentence reads on across it.</summary>
    [Fact]
    public void ARunningHeaderInsideASentenceIsSkipped()
    {
        const string header = "        2024 年示例局部门预算";
        var text = string.Join('\n',
            header, "第二部分 收支预算总体情况", "    部门预算收入 100 万元，比 2023 年", "\f" + header, "减少 5 万元，下降 4.8%。",
            "\f" + header, "    部门预算支出 100 万元。");
        var s = Statements(text);
        var income = Assert.Single(s, f => f.Label == "部门预算收入");
        Assert.Equal((1_000_000L, -50_000L, -4.8m), (income.Amount!.Value.Yuan, income.Change!.Value.Yuan, income.Percent!.Value.Item1));
    }
}
