using BudgetGraph.Ingest.Load;
using Microsoft.EntityFrameworkCore;

namespace BudgetGraph.Ingest.Tests;

/// <summary>Refused documents leave the warehouse exactly as it was; re-imports and concurrent imports leave one copy.</summary>
public class RobustnessTests
{
    private static string[] Lines(string path) => File.ReadAllText(path).Split('\n');

    [Fact]
    public async Task ATruncatedDocumentIsRefusedWithItsLineAndChangesNothing()
    {
        using var warehouse = new TestWarehouse();
        await warehouse.ImportAsync(Sources.DataCenter2022, Sources.Bureau2024);
        var before = warehouse.Checksum();

        // 000 cut in the middle of line 1037, the amounts of 基本支出总表's wrapped row 机关事业单位基本养老保险缴费
        // ("229 229 229 0 0 0 0 0 0 0 0 0" keeps its first six amounts).
        var lines = Lines(Sources.DataCenter2023);
        var cut = string.Join('\n', lines.Take(1036)) + "\n229 229 229 0 0 0";
        var path = warehouse.WriteSource("000_truncated.txt", cut);

        var refused = await Assert.ThrowsAsync<ImportRefusedException>(() => warehouse.ImportAsync(path));
        Assert.Equal("000_truncated.txt: line 1037: expected 12 amounts in 表4 基本支出总表, found 6", refused.Message);
        Assert.Equal(before, warehouse.Checksum());
    }

    [Fact]
    public async Task ADocumentCutBetweenTablesIsRefusedForTheMissingTable()
    {
        using var warehouse = new TestWarehouse();
        var lines = Lines(Sources.Pingshan2023);
        var path = warehouse.WriteSource("004_cut.txt", string.Join('\n', lines.Take(1046))); // ends after 表5 (line 1043)
        var refused = await Assert.ThrowsAsync<ImportRefusedException>(() => warehouse.ImportAsync(path));
        Assert.Equal("004_cut.txt: line 1043: expected a table titled 一般公共预算支出表（按功能分类） for the 一般公共预算拨款 of 29760 万元 in 表1 收支总表, but the document ends without one", refused.Message);
        Assert.Empty(warehouse.Create().Documents);
    }

    [Fact]
    public async Task ADocumentCutInsideItsLastTableIsRefused()
    {
        using var warehouse = new TestWarehouse();
        var lines = Lines(Sources.DataCenter2023);
        var path = warehouse.WriteSource("000_cut.txt", string.Join('\n', lines.Take(1660))); // before 效益 and 满意度
        var refused = await Assert.ThrowsAsync<ImportRefusedException>(() => warehouse.ImportAsync(path));
        Assert.Equal("000_cut.txt: line 1659: expected the 满意度 indicators of 整体支出绩效目标表; the table ends before them", refused.Message);
    }

    [Fact]
    public async Task ARefusalWhileConformingARe_importRollsBackItsDeletes()
    {
        using var warehouse = new TestWarehouse();
        await warehouse.ImportAsync(Sources.DataCenter2023);
        var before = warehouse.Checksum();

        // Same department-year, but 基本支出总表 names an economic subject the document's economic table does not:
        // the conform step has already deleted the old facts when it refuses; the transaction must undo that.
        var text = File.ReadAllText(Sources.DataCenter2023).Replace("               退休费 321 321 321", "               神秘费 321 321 321");
        var path = warehouse.WriteSource("000_renamed.txt", text);
        var refused = await Assert.ThrowsAsync<ImportRefusedException>(() => warehouse.ImportAsync(path));
        Assert.Equal("000_renamed.txt: line 1130: expected an economic subject named in 一般公共预算支出表（按经济分类） for the row of 表4 基本支出总表, found '神秘费'",
            refused.Message);
        Assert.Equal(before, warehouse.Checksum());
    }

    [Fact]
    public async Task ReimportingReplacesTheDepartmentYearsFacts()
    {
        using var warehouse = new TestWarehouse();
        var first = Assert.Single(await warehouse.ImportAsync(Sources.DataCenter2023));
        var checksum = warehouse.Checksum();
        var second = Assert.Single(await warehouse.ImportAsync(Sources.DataCenter2023));
        Assert.False(first.Replaced);
        Assert.True(second.Replaced);
        Assert.Equal(first.FactCount, second.FactCount);
        await using var db = warehouse.Create();
        Assert.Equal(1, await db.Documents.CountAsync());
        Assert.Equal(17, await db.FunctionalExpenditures.CountAsync(f => f.Schedule == Warehouse.Dimensions.Schedule.Functional));
        Assert.NotEqual(checksum, warehouse.Checksum()); // new fact ids, same content
    }

    [Fact]
    public async Task TwoConcurrentImportsOfTheSameDepartmentYearLeaveOneCopy()
    {
        using var warehouse = new TestWarehouse();
        var single = Assert.Single(await warehouse.ImportAsync(Sources.Pingshan2023));
        var expected = await CountsAsync(warehouse);

        using var other = new TestWarehouse(onDisk: true);
        var imports = Enumerable.Range(0, 2).Select(_ => Task.Run(() => other.ImportAsync(Sources.Pingshan2023))).ToArray();
        var results = await Task.WhenAll(imports);
        Assert.All(results, r => Assert.Equal(single.FactCount, Assert.Single(r).FactCount));
        Assert.Equal(expected, await CountsAsync(other));
    }

    private static async Task<(int Documents, int Functional, int Project, int LineItems, int Categories, int Subjects)> CountsAsync(TestWarehouse warehouse)
    {
        await using var db = warehouse.Create();
        return (await db.Documents.CountAsync(), await db.FunctionalExpenditures.CountAsync(), await db.ProjectSpendings.CountAsync(),
            await db.LineItemAmounts.CountAsync(), await db.ProjectCategories.CountAsync(), await db.FunctionalSubjects.CountAsync());
    }

    [Fact]
    public async Task ProgressIsReportedPerDocument()
    {
        using var warehouse = new TestWarehouse();
        var steps = new List<ImportProgress>();
        await warehouse.Importer().ImportAsync([Sources.DataCenter2023, Sources.DataCenter2024Evaluation], new SynchronousProgress(steps.Add));
        Assert.Equal(
            [(1, ImportStep.Staging), (1, ImportStep.Loading), (1, ImportStep.Loaded), (2, ImportStep.Staging), (2, ImportStep.Loading), (2, ImportStep.Loaded)],
            steps.Select(s => (s.Index, s.Step)));
        Assert.All(steps, s => Assert.Equal(2, s.Count));
    }

    private sealed class SynchronousProgress(Action<ImportProgress> report) : IProgress<ImportProgress>
    {
        public void Report(ImportProgress value) => report(value);
    }
}
