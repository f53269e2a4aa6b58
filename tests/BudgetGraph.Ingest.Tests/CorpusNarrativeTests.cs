using System.Text;
using System.Text.Json;
using BudgetGraph.Ingest.Staging;
using BudgetGraph.Ingest.Text;
using BudgetGraph.Warehouse.Facts;

namespace BudgetGraph.Ingest.Tests;

/// <summary>
/// The narrative reader on the corpus's other layouts (../shared/corpus: text wrapped anywhere, every line doubled by
/// a blank one, markdown, full-width digits): the procurement split and 机关运行经费 of every document are read with
/// the value of its truth file, and each statement's line range covers the line the truth file gives (in a PDF, a line of its page printing the figure).
/// </summary>
public class CorpusNarrativeTests
{
    /// <summary>Every corpus document as text and, where it has one, as PDF.</summary>
    public static TheoryData<string> Documents() => CorpusTests.TextsAndPdfs();

    private static readonly Dictionary<string, NarrativeFigureKind> Rows = new()
    {
        ["政府采购预算"] = NarrativeFigureKind.ProcurementTotal, ["货物采购"] = NarrativeFigureKind.ProcurementGoods,
        ["工程采购"] = NarrativeFigureKind.ProcurementWorks, ["服务采购"] = NarrativeFigureKind.ProcurementServices,
        ["机关运行经费"] = NarrativeFigureKind.OperatingFunds,
    };

    [Theory]
    [MemberData(nameof(Documents))]
    public void ProcurementAndOperatingFundsMatchTheTruthFile(string name)
    {
        var path = Path.Combine(CorpusTests.CorpusDirectory, name);
        var lines = SourceDocument.Read(name, File.ReadAllBytes(path)).Texts;
        var doc = new StagedDocument { FileName = name, Sha256 = "", Department = "", Title = "", Year = 2000 };
        NarrativeReader.Read(doc, lines, lines.Length);
        var at = FigureLocator.For(path);

        using var truth = JsonDocument.Parse(File.ReadAllText(CorpusTests.TruthFile(path)));
        var expected = truth.RootElement.GetProperty("figures").EnumerateArray()
            .Where(f => f.TryGetProperty("kind", out var k) && k.GetString() == "narrative" && Rows.ContainsKey(f.GetProperty("row").GetString()!)
                        && f.GetProperty("column").GetString() is "amount" or "change")
            .ToList();
        Assert.True(expected.Count >= 5, $"{name}: {expected.Count} truth figures");
        foreach (var f in expected)
        {
            var kind = Rows[f.GetProperty("row").GetString()!];
            var figure = Assert.Single(doc.Figures, x => x.Kind == kind);
            var isChange = f.GetProperty("column").GetString() == "change";
            var value = f.GetProperty("value").GetDecimal() * (f.TryGetProperty("direction", out var d) && d.GetString() == "减少" ? -1 : 1);
            Assert.Equal(value, (isChange ? figure.Change : figure.Amount)!.Value.WanYuan);
            Assert.True(at.Covers(f, figure.FirstLine, figure.Line), $"{name}: {figure.Label} at lines {figure.FirstLine}–{figure.Line}, truth line {f.GetProperty("line")}");
        }
    }
}
