using Microsoft.EntityFrameworkCore;

namespace BudgetGraph.Ingest.Tests;

/// <summary>
/// Indicators of the 整体支出绩效目标表 keep their level-1 and level-2 indicators and their target:
/// every row of every 表12 in data/sources is asserted against <see cref="PerformanceTargetRows"/>.
/// </summary>
[Collection(ImportedCollection.Name)]
public class PerformanceTargetTests(ImportedWarehouse imported)
{
    /// <summary>(file, line, level1, level2, level3, target) for every hand-read row.</summary>
    public static TheoryData<string, int, string, string, string, string> Rows()
    {
        var data = new TheoryData<string, int, string, string, string, string>();
        foreach (var (file, rows) in PerformanceTargetRows.ByFile)
            foreach (var r in rows) data.Add(file, r.Line, r.Level1, r.Level2, r.Level3, r.Target);
        return data;
    }

    /// <summary>The files with a 表12.</summary>
    public static TheoryData<string> Files() => [.. PerformanceTargetRows.ByFile.Keys];

    [Theory]
    [MemberData(nameof(Rows))]
    public async Task IndicatorRowsKeepTheirLevels(string file, int line, string level1, string level2, string level3, string target)
    {
        await using var db = imported.Warehouse.Create();
        var row = await db.PerformanceTargets.SingleAsync(t => t.Document!.FileName.StartsWith(file) && t.SourceLine == line);
        Assert.Equal((level1, level2, level3, target), (row.Level1, row.Level2, row.Level3, row.Target));
    }

    /// <summary>No row more, none less: the warehouse holds exactly the hand-read rows, at their lines.</summary>
    [Theory]
    [MemberData(nameof(Files))]
    public async Task EveryRowOfTheTableIsReadAndNoOther(string file)
    {
        await using var db = imported.Warehouse.Create();
        var lines = await db.PerformanceTargets.Where(t => t.Document!.FileName.StartsWith(file))
            .Select(t => t.SourceLine).OrderBy(l => l).ToListAsync();
        Assert.Equal(PerformanceTargetRows.ByFile[file].Select(r => r.Line), lines);
    }

    /// <summary>Labels and header words that whitespace layouts print at the start of a line.</summary>
    private static readonly HashSet<string> LabelWords =
    [
        "年度绩效指标", "年度绩效指", "标", "产出", "数量", "质量", "时效", "成本", "效益", "经济效益", "社会效益", "生态效益", "可持续影响",
        "满意度", "服务对象满意度", "其他满意度",
    ];

    /// <summary>
    /// Whitespace layouts: a row holds exactly the characters printed between the end of the row before
    /// it and its own last line, labels aside — every printed character once, none invented. (Order is
    /// not compared: an indicator that wraps below its target is printed out of reading order.)
    /// </summary>
    [Theory]
    [InlineData("000_")]
    [InlineData("004_")]
    public void WrappedRowsHoldEveryPrintedCharacterOnce(string file)
    {
        var path = file == "000_" ? Sources.DataCenter2023 : Sources.Pingshan2023;
        var text = File.ReadAllLines(path);
        var doc = Staging.DocumentStager.Stage(path);
        var from = Array.FindIndex(text, l => l.Replace(" ", "", StringComparison.Ordinal).StartsWith("一级指标", StringComparison.Ordinal)) + 1;
        Assert.NotEmpty(doc.Targets);
        foreach (var row in doc.Targets)
        {
            var printed = string.Concat(text[from..row.Line].Select(l => string.Concat(
                l.Split(' ', StringSplitOptions.RemoveEmptyEntries).SkipWhile(LabelWords.Contains))));
            Assert.Equal(Sorted(printed), Sorted(row.Level3 + row.Target));
            from = row.Line;
        }
    }

    private static string Sorted(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)).Order());
}
