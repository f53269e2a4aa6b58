using System.Text.Json;
using BudgetGraph.Ingest.Check;

namespace BudgetGraph.Ingest.Tests;

/// <summary>
/// The corpus documents (discovered) altered or cut: a 项 figure altered is a discrepancy in check; a figure printed
/// twice (收支总表's expenditure side, also printed by 支出总表) altered is one too; a copy cut in the middle of its
/// 支出总表 is refused with its line and changes nothing; a document over the size limit is refused before reading.
/// </summary>
public class CorpusCheckTests
{
    private static (JsonElement Figure, string[] Lines) FirstFigure(string document, Func<JsonElement, bool> where)
    {
        var path = Path.Combine(CorpusTests.CorpusDirectory, document);
        using var truth = JsonDocument.Parse(File.ReadAllBytes(path[..^4] + ".truth.json"));
        var figure = truth.RootElement.GetProperty("figures").EnumerateArray().First(where).Clone();
        return (figure, File.ReadAllText(path).Split('\n'));
    }

    private static bool Is(JsonElement f, string schedule, string? level) =>
        f.GetProperty("schedule").GetString() == schedule && f.GetProperty("column").GetString() == "total"
        && (level is null ? f.GetProperty("code").ValueKind == JsonValueKind.String
            : f.TryGetProperty("level", out var l) && l.ValueKind == JsonValueKind.String && l.GetString() == level)
        && f.GetProperty("printed").GetString() is { Length: > 0 } p && p.Any(char.IsAsciiDigit) && p != "0" && !p.All(c => c is '0' or '.');

    /// <summary>The line with the first digit of the figure's printed text changed (1 → 2, 9 → 8).</summary>
    private static string[] Altered(string[] lines, JsonElement figure)
    {
        var index = figure.GetProperty("line").GetInt32() - 1;
        var printed = figure.GetProperty("printed").GetString()!;
        var at = lines[index].IndexOf(printed, StringComparison.Ordinal);
        Assert.True(at >= 0, $"'{printed}' is not on line {index + 1}");
        var digit = at + printed.IndexOf(printed.First(char.IsAsciiDigit));
        var copy = lines.ToArray();
        var c = copy[index][digit];
        copy[index] = copy[index][..digit] + (c == '9' ? '8' : (char)(c + 1)) + copy[index][(digit + 1)..];
        return copy;
    }

    private static async Task<IReadOnlyList<CheckEntry>> DiscrepanciesAfterImport(string name, string[] lines)
    {
        using var warehouse = new TestWarehouse();
        await warehouse.ImportAsync(warehouse.WriteSource(name, string.Join('\n', lines)));
        await using var db = warehouse.Create();
        return [.. (await new Reconciler(db).RunAsync()).SelectMany(r => r.Discrepancies)];
    }

    /// <summary>Every document as published, from its text and from its PDF: check finds nothing to report.</summary>
    [Theory]
    [MemberData(nameof(CorpusTests.TextsAndPdfs), MemberType = typeof(CorpusTests))]
    public async Task TheDocumentAsPrintedHasNoDiscrepancy(string document)
    {
        using var warehouse = new TestWarehouse();
        await warehouse.ImportAsync(Path.Combine(CorpusTests.CorpusDirectory, document));
        await using var db = warehouse.Create();
        var found = (await new Reconciler(db).RunAsync()).SelectMany(r => r.Discrepancies).ToList();
        Assert.True(found.Count == 0, string.Join("\n", found.Take(10).Select(d => $"{d.Rule} line {d.Line}: {string.Join(", ", d.Items)} {d.PublishedAmount}")));
    }

    [Theory]
    [MemberData(nameof(CorpusTests.Documents), MemberType = typeof(CorpusTests))]
    public async Task OneItemFigureAlteredIsADiscrepancy(string document)
    {
        var (figure, lines) = FirstFigure(document, f => Is(f, "expenditure", "项"));
        Assert.Empty(await DiscrepanciesAfterImport(document, lines));
        var found = await DiscrepanciesAfterImport(document, Altered(lines, figure));
        Assert.Contains(found, d => d.Line == figure.GetProperty("line").GetInt32() || d.Items.Contains(figure.GetProperty("code").GetString()!));
    }

    [Theory]
    [MemberData(nameof(CorpusTests.Documents), MemberType = typeof(CorpusTests))]
    public async Task AFigureOfTheSummaryPrintedAgainBy支出总表IsComparedWithIt(string document)
    {
        var (figure, lines) = FirstFigure(document, f => Is(f, "summary", null));
        var found = await DiscrepanciesAfterImport(document, Altered(lines, figure));
        Assert.Contains(found, d => d.Line == figure.GetProperty("line").GetInt32()
                                    && d.Rule is "收支总表 = 支出总表" or "类 = Σ款 = Σ项");
    }

    [Theory]
    [MemberData(nameof(CorpusTests.Documents), MemberType = typeof(CorpusTests))]
    public async Task APercentageOfTheNarrativeAlteredIsADiscrepancyAtItsLine(string document)
    {
        var (figure, lines) = FirstFigure(document, f => f.GetProperty("kind").GetString() == "narrative" && f.GetProperty("column").GetString() == "percent");
        var found = await DiscrepanciesAfterImport(document, Altered(lines, figure));
        var entry = Assert.Single(found);
        Assert.Equal(figure.GetProperty("line").GetInt32(), entry.Line);
        Assert.Equal("百分比 = 变动 ÷ 上年数", entry.Rule);
        Assert.Equal(figure.GetProperty("value").GetDecimal() + 1, Math.Abs(entry.PublishedAmount));
    }

    [Fact]
    public async Task AShareOfTheNarrativeAlteredIsADiscrepancy()
    {
        var document = Path.GetFileName(Directory.GetFiles(CorpusTests.CorpusDirectory, "*nongye*.txt").Single());
        var (figure, lines) = FirstFigure(document, f => f.GetProperty("kind").GetString() == "narrative" && f.GetProperty("column").GetString() == "percent"
                                                         && LineOf(f).Contains("占" + f.GetProperty("printed").GetString(), StringComparison.Ordinal));
        var found = await DiscrepanciesAfterImport(document, Altered(lines, figure));
        var entry = Assert.Single(found);
        Assert.Equal(("占比 = 部分 ÷ 整体", figure.GetProperty("line").GetInt32()), (entry.Rule, entry.Line));
        return;

        string LineOf(JsonElement f) => File.ReadAllLines(Path.Combine(CorpusTests.CorpusDirectory, document))[f.GetProperty("line").GetInt32() - 1];
    }

    [Theory]
    [MemberData(nameof(CorpusTests.Documents), MemberType = typeof(CorpusTests))]
    public async Task ACopyCutInsideItsExpenditureTableIsRefusedWithItsLineAndChangesNothing(string document)
    {
        var (figure, lines) = FirstFigure(document, f => Is(f, "expenditure", "款"));
        using var warehouse = new TestWarehouse();
        var before = warehouse.Checksum();
        var cut = figure.GetProperty("line").GetInt32();
        var path = warehouse.WriteSource("cut-" + document, string.Join('\n', lines.Take(cut)));
        var refused = await Assert.ThrowsAsync<ImportRefusedException>(() => warehouse.ImportAsync(path));
        Assert.Equal("cut-" + document, refused.File);
        Assert.InRange(refused.Line, 1, cut);
        Assert.StartsWith($"cut-{document}: line {refused.Line}: expected ", refused.Message);
        Assert.Equal(before, warehouse.Checksum());
        Assert.Empty(warehouse.Create().Documents);
    }

    [Fact]
    public async Task TheTableOfContentsNamesTheFirstMissingTable()
    {
        var document = Directory.GetFiles(CorpusTests.CorpusDirectory, "*chengguan*.txt").Single();
        var lines = File.ReadAllText(document).Split('\n');
        var cut = Array.FindIndex(lines, l => l.Trim() == "表 8"); // 表7 printed whole, 表8 onwards missing
        using var warehouse = new TestWarehouse();
        var path = warehouse.WriteSource("cut.txt", string.Join('\n', lines.Take(cut)));
        var refused = await Assert.ThrowsAsync<ImportRefusedException>(() => warehouse.ImportAsync(path));
        Assert.Equal($"cut.txt: line {refused.Line}: expected 表8 一般公共预算支出表（按经济分类）, which the table of contents lists at line 32, but the document ends without it",
            refused.Message);
    }

    [Theory]
    [MemberData(nameof(CorpusTests.Documents), MemberType = typeof(CorpusTests))]
    public async Task AnAbsentTableIsAWarningNamingIt(string document)
    {
        var path = Path.Combine(CorpusTests.CorpusDirectory, document);
        using var truth = JsonDocument.Parse(File.ReadAllBytes(path[..^4] + ".truth.json"));
        var keys = truth.RootElement.GetProperty("layout").GetProperty("tables").EnumerateArray().Select(t => t.GetProperty("key").GetString()!).ToList();
        using var warehouse = new TestWarehouse();
        var result = Assert.Single(await warehouse.ImportAsync(path));
        var warning = $"{document}: no table titled 基本支出总表; its figures are not stored";
        if (keys.Contains("basic")) Assert.DoesNotContain(warning, result.Warnings);
        else Assert.Contains(warning, result.Warnings);
    }

    [Fact]
    public async Task ATablePrintedTwiceIsStoredOnceAndFlagged()
    {
        var document = Directory.GetFiles(CorpusTests.CorpusDirectory, "*chengguan*.txt").Single();
        var lines = File.ReadAllText(document).Split('\n').ToList();
        var from = lines.FindIndex(l => l.Trim() == "表 9");
        var to = lines.FindIndex(l => l.Trim() == "表 10");
        var before = lines.FindIndex(l => l.Trim() == "表 12");
        lines.InsertRange(before, lines.GetRange(from, to - from)); // 表9 again after 表11
        using var once = new TestWarehouse();
        await once.ImportAsync(document);
        using var twice = new TestWarehouse();
        var result = Assert.Single(await twice.ImportAsync(twice.WriteSource("twice.txt", string.Join('\n', lines))));
        Assert.Contains($"twice.txt: line {before + 2}: 表9 财政拨款三公经费支出表 is printed twice (first at line {from + 2}); the second copy is not stored", result.Warnings);
        Assert.Equal(once.Create().ThreePublics.Count(), twice.Create().ThreePublics.Count());
    }

    [Fact]
    public async Task ADocumentOverFourMebibytesIsRefusedBeforeItIsRead()
    {
        using var warehouse = new TestWarehouse();
        var path = warehouse.WriteSource("big.txt", new string('x', Staging.DocumentStager.MaxDocumentBytes + 1));
        var refused = await Assert.ThrowsAsync<ImportRefusedException>(() => warehouse.ImportAsync(path));
        Assert.Equal("big.txt: line 1: expected a document of at most 4194304 bytes (4 MiB), found 4194305 bytes", refused.Message);
        Assert.Empty(warehouse.Create().Documents);
    }
}
