using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using BudgetGraph.Warehouse;
using Microsoft.EntityFrameworkCore;

namespace BudgetGraph.Ingest.Tests.Pdf;

/// <summary>
/// The same document imported from its text and from its PDF (the corpus's two PDFs) gives the same warehouse:
/// the same dimension rows and the same facts, amounts, codes and tables, row for row; only the provenance of
/// place differs (the line numbers of two different line streams, and the PDF's pages and boxes), and every fact
/// read from the PDF names its page.
/// </summary>
public sealed class PdfSameFactsTests
{
    /// <summary>Provenance of place, and the file's own identity: what may differ between the two imports.</summary>
    private static readonly string[] PlaceColumns = ["SourceLine", "SourceFirstLine", "SourcePage", "SourceX0", "SourceY0", "SourceX1", "SourceY1"];

    private static readonly string[] FileColumns = ["FileName", "Sha256", "LineCount", "ImportedAt"];

    [Fact]
    public Task TheTextAndThePdf_GiveTheSameFacts_AndEveryFactFromThePdfHasAPage() => SameFactsAsync("yangli-nongye-2023");

    /// <summary>
    /// The PDF of this one wraps 表12's level-3 indicator names in their cells ("道路清扫保 ≥1850 万平方米" / "洁面积")
    /// where its text prints them on one line: the same indicators and targets all the same.
    /// </summary>
    [Fact]
    public Task TheTextAndThePdf_GiveTheSameFacts_TheirPerformanceIndicatorsWrappedInTheirCellsIncluded() =>
        SameFactsAsync("shiliqu-chengguan-2024");

    private static async Task SameFactsAsync(string stem)
    {
        using var fromText = new TestWarehouse();
        using var fromPdf = new TestWarehouse();
        await fromText.ImportAsync(Corpus.File(stem + ".txt"));
        await fromPdf.ImportAsync(Corpus.File(stem + ".pdf"));

        var text = Rows(fromText.Create);
        var pdf = Rows(fromPdf.Create);
        Assert.Equal(text.Keys.Order(), pdf.Keys.Order());
        var facts = 0;
        foreach (var table in text.Keys)
        {
            var t = text[table];
            var p = pdf[table];
            Assert.True(t.Count == p.Count, $"{table}: {t.Count} rows from the text, {p.Count} from the PDF");
            var (tKeys, pKeys) = (t.Select(r => Strip(r).ToJsonString(Readable)).ToList(), p.Select(r => Strip(r).ToJsonString(Readable)).ToList());
            var onlyText = tKeys.Except(pKeys).ToList();
            var onlyPdf = pKeys.Except(tKeys).ToList();
            Assert.True(onlyText.Count == 0 && onlyPdf.Count == 0,
                $"{table}: only from the text:\n{string.Join("\n", onlyText.Take(5))}\nonly from the PDF:\n{string.Join("\n", onlyPdf.Take(5))}");
            if (t.Count == 0 || t[0]["SourceLine"] is null) continue;

            // Facts: every one read from the PDF has a page and a box on it; facts of a table row printed on one line
            // of the text are printed on one line of the PDF; all in the same order.
            facts += p.Count;
            Assert.All(p, r => Assert.True(r["SourcePage"]?.GetValue<int>() >= 1 && r["SourceX1"] is not null, r.ToJsonString()));
            Assert.All(t, r => Assert.Null(r["SourcePage"]));
            var pdfLine = p.ToDictionary(r => Strip(r).ToJsonString(Readable), r => r["SourceLine"]!.GetValue<int>());
            var lines = t.Select(r => (Text: r["SourceLine"]!.GetValue<int>(), Pdf: pdfLine[Strip(r).ToJsonString(Readable)])).Distinct().ToList();
            // (Prose wraps at other places in the PDF: a narrative sentence may end on another line than in the text.)
            var tableLines = t.Where(r => r["SourceTable"]!.GetValue<string>().Contains('表', StringComparison.Ordinal))
                .Select(r => (Text: r["SourceLine"]!.GetValue<int>(), Pdf: pdfLine[Strip(r).ToJsonString(Readable)])).Distinct().ToList();
            var split = tableLines.GroupBy(l => l.Text).Where(g => g.Count() > 1).Select(g => $"text line {g.Key} → PDF lines {string.Join(", ", g.Select(x => x.Pdf))}").ToList();
            Assert.True(split.Count == 0, $"{table}: " + string.Join("; ", split.Take(5)));
            var ordered = lines.OrderBy(l => l.Text).Select(l => l.Pdf).ToList();
            Assert.True(ordered.SequenceEqual(ordered.Order()), $"{table}: the PDF's lines are not in the text's order");
        }
        Assert.True(facts > 100, $"{facts} facts");
    }

    private static readonly JsonSerializerOptions Readable = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Every row of every warehouse table, as JSON, keyed by table.</summary>
    private static Dictionary<string, List<JsonObject>> Rows(Func<WarehouseDbContext> contexts)
    {
        using var db = contexts();
        var rows = new Dictionary<string, List<JsonObject>>();
        void Add<T>(string name, IQueryable<T> set) where T : class =>
            rows[name] = [.. set.AsNoTracking().AsEnumerable().Select(r => (JsonObject)JsonNode.Parse(JsonSerializer.Serialize(r, Readable))!)];
        Add("Departments", db.Departments); Add("FiscalYears", db.FiscalYears); Add("FunctionalSubjects", db.FunctionalSubjects);
        Add("EconomicSubjects", db.EconomicSubjects); Add("ProjectCategories", db.ProjectCategories); Add("LineItems", db.LineItems);
        Add("Documents", db.Documents); Add("FunctionalExpenditures", db.FunctionalExpenditures);
        Add("EconomicExpenditures", db.EconomicExpenditures); Add("BasicExpenditures", db.BasicExpenditures);
        Add("ProjectSpendings", db.ProjectSpendings); Add("Incomes", db.Incomes); Add("Balances", db.Balances);
        Add("LineItemAmounts", db.LineItemAmounts); Add("ThreePublics", db.ThreePublics); Add("PerformanceTargets", db.PerformanceTargets);
        Add("Executions", db.Executions); Add("ExecutionRates", db.ExecutionRates); Add("Profiles", db.Profiles);
        Add("PriorYearStatements", db.PriorYearStatements); Add("BasicExpenditureSplits", db.BasicExpenditureSplits);
        Add("ProcurementItems", db.ProcurementItems); Add("PerformanceTasks", db.PerformanceTasks);
        return rows;
    }

    /// <summary>The row without its place in the source and the file's identity.</summary>
    private static JsonObject Strip(JsonObject row)
    {
        var copy = (JsonObject)row.DeepClone();
        foreach (var column in PlaceColumns.Concat(FileColumns)) copy.Remove(column);
        return copy;
    }
}
