using BudgetGraph.Warehouse.Configurations;
using BudgetGraph.Warehouse.Dimensions;
using Microsoft.EntityFrameworkCore;

namespace BudgetGraph.Ingest.Tests;

/// <summary>
/// Every data row of the expenditure tables becomes a fact. The expected counts were counted by hand
/// from each document's text (department total row included; page headers and the 收支总表 excluded):
/// <code>
/// doc  支出总表  基本支出总表  项目支出总表  功能分类  经济分类  三公
/// 000     17        22           6          17       35      3   (lines 900–962, 1024–1130, 1203–1216, 1294–1336, 1350–1438, 1463–1467)
/// 001      1         –           –          19        –      3   (表3 prints the department total only; 三公 is 表8)
/// 003     17        28           7          17       36      3   (项目支出总表 is one flattened line, 387)
/// 004     20        21           6          20       37      3
/// </code>
/// A row of a fund-source table is several facts (one per column); the row is counted by its 总计 fact.
/// </summary>
[Collection(ImportedCollection.Name)]
public class RowCountTests(ImportedWarehouse imported)
{
    public static TheoryData<string, int, int, int, int, int, int> Counts => new()
    {
        { "000_", 17, 22, 6, 17, 35, 3 },
        { "001_", 1, 0, 0, 19, 0, 3 },
        { "003_", 17, 28, 7, 17, 36, 3 },
        { "004_", 20, 21, 6, 20, 37, 3 },
    };

    [Theory]
    [MemberData(nameof(Counts))]
    public async Task EveryPrintedRowIsAFact(string file, int expenditure, int basic, int project, int functional, int economic, int threePublic)
    {
        await using var db = imported.Warehouse.Create();
        var document = await db.Documents.SingleAsync(d => d.FileName.StartsWith(file));
        var total = ReferenceData.FundId("total");
        var actual = (
            await db.FunctionalExpenditures.CountAsync(f => f.DocumentId == document.Id && f.Schedule == Schedule.Expenditure),
            await db.BasicExpenditures.CountAsync(f => f.DocumentId == document.Id && f.FundSourceId == total),
            await db.ProjectSpendings.CountAsync(f => f.DocumentId == document.Id && f.FundSourceId == total && f.Schedule == Schedule.ProjectExpenditure),
            await db.FunctionalExpenditures.CountAsync(f => f.DocumentId == document.Id && f.Schedule == Schedule.Functional),
            await db.EconomicExpenditures.CountAsync(f => f.DocumentId == document.Id),
            await db.ThreePublics.Where(f => f.DocumentId == document.Id && f.Item == Warehouse.Facts.ThreePublicItem.Total
                                             && f.FundSourceId == ReferenceData.FundId("gpb")).CountAsync());
        Assert.Equal((expenditure, basic, project, functional, economic, threePublic), actual);
    }

    [Fact]
    public async Task ThreePublicKeepsThePriorYearColumnAsTheEarlierYearStatedByTheLaterDocument()
    {
        // 004 表9: 2022 年 18 / 2023 年 16.5 (one decimal) / 增减变化金额 -1.5.
        await using var db = imported.Warehouse.Create();
        var rows = await db.ThreePublics.Where(f => f.Document!.FileName.StartsWith("004_") && f.Item == Warehouse.Facts.ThreePublicItem.Total)
            .OrderBy(f => f.SourceLine).Select(f => new { f.Year, f.IsChange, f.AmountYuan, f.PublishedDecimals, DocumentYear = f.Document!.Year })
            .ToListAsync();
        Assert.Equal(
            [(2022, false, 180_000L, 1), (2023, false, 165_000L, 1), (2023, true, -15_000L, 1)],
            rows.Select(r => (r.Year, r.IsChange, r.AmountYuan, r.PublishedDecimals)));
        Assert.All(rows, r => Assert.Equal(2023, r.DocumentYear));
    }
}
