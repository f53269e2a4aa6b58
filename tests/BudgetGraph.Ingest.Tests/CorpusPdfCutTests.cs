using System.Text.Json;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Writer;

namespace BudgetGraph.Ingest.Tests;

/// <summary>
/// The corpus's published PDFs cut at a page break inside a table: the copy keeps the pages up to the first page of a
/// table that the truth file shows continuing on the next page, as a download that stopped there would, with or
/// without its table of contents (which promises the missing tables; without it the cut must be seen from the tables
/// themselves). Every such copy is refused naming the file and the page it ends on, and the warehouse is unchanged.
/// The pages are copied with PdfPig's writer as published: no text is re-typeset.
/// </summary>
public class CorpusPdfCutTests
{
    public static TheoryData<string, string, bool> TablesOverPageBreaks()
    {
        var data = new TheoryData<string, string, bool>();
        foreach (var document in Directory.GetFiles(CorpusTests.CorpusDirectory, "*.pdf").Order(StringComparer.Ordinal).Select(Path.GetFileName).OfType<string>())
        foreach (var (table, _) in TablesOverAPageBreak(document))
        foreach (var withContents in new[] { true, false })
            data.Add(document, table, withContents);
        return data;
    }

    /// <summary>The tables whose figures the truth file places on more than one page, with the first of those pages.</summary>
    private static List<(string Table, int FirstPage)> TablesOverAPageBreak(string document)
    {
        using var truth = JsonDocument.Parse(File.ReadAllBytes(CorpusTests.TruthFile(Path.Combine(CorpusTests.CorpusDirectory, document))));
        return [.. truth.RootElement.GetProperty("figures").EnumerateArray()
            .Where(f => f.GetProperty("kind").GetString() != "narrative" && f.TryGetProperty("page", out _))
            .GroupBy(f => f.GetProperty("table").GetString()!)
            .Where(g => g.Select(f => f.GetProperty("page").GetInt32()).Distinct().Count() > 1)
            .Select(g => (g.Key, g.Min(f => f.GetProperty("page").GetInt32())))];
    }

    [Theory]
    [MemberData(nameof(TablesOverPageBreaks))]
    public async Task APdfCutAtAPageBreakInsideATable_IsRefusedAtThePageItEndsOn_AndChangesNothing(string document, string table, bool withContents)
    {
        var firstPage = TablesOverAPageBreak(document).Single(t => t.Table == table).FirstPage;
        using var published = PdfDocument.Open(Path.Combine(CorpusTests.CorpusDirectory, document));
        var contents = Enumerable.Range(1, published.NumberOfPages).Single(p => TextOf(published.GetPage(p)).StartsWith("目录", StringComparison.Ordinal));
        var kept = Enumerable.Range(1, firstPage).Where(p => withContents || p != contents).ToList();
        byte[] cut;
        using (var builder = new PdfDocumentBuilder())
        {
            foreach (var page in kept) builder.AddPage(published, page);
            cut = builder.Build();
        }

        using var warehouse = new TestWarehouse();
        var before = warehouse.Checksum();
        var name = "cut-" + document;
        var refused = await Assert.ThrowsAsync<ImportRefusedException>(() => warehouse.ImportAsync(warehouse.WriteSource(name, cut)));

        Assert.Equal(name, refused.File);
        Assert.True(refused.Page == kept.Count, $"{table} continues after page {firstPage}; the copy ends on its page {kept.Count}, refused: {refused.Message}");
        Assert.StartsWith($"{name}: page {kept.Count} (line {refused.Line} of its text layer): expected ", refused.Message);
        Assert.Equal(before, warehouse.Checksum());
        Assert.Empty(warehouse.Create().Documents);
    }

    private static string TextOf(UglyToad.PdfPig.Content.Page page) =>
        string.Concat(page.Letters.Select(l => l.Value).Where(v => !string.IsNullOrWhiteSpace(v)));
}
