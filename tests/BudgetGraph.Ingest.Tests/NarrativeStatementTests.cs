using BudgetGraph.Warehouse.Facts;
using Microsoft.EntityFrameworkCore;

namespace BudgetGraph.Ingest.Tests;

/// <summary>
/// Statements of the narrative read by the kind of sentence, with their subject as printed (list numbers and the words
/// around it dropped, quotation marks kept), the printed percentage exact and signed, and the lines they span.
/// </summary>
public class NarrativeStatementTests
{
    private static async Task<List<NarrativeFigureFact>> StatementsAsync(string pattern)
    {
        using var warehouse = new TestWarehouse();
        await warehouse.ImportAsync(Directory.GetFiles(CorpusTests.CorpusDirectory, pattern).Single());
        await using var db = warehouse.Create();
        return await db.Set<NarrativeFigureFact>().Where(f => f.Kind == NarrativeFigureKind.Statement).OrderBy(f => f.SourceLine).ToListAsync();
    }

    [Fact]
    public async Task ChengguanStatesItsTotalsUnitsAndCategoriesWithTheirPercentages()
    {
        var s = await StatementsAsync("*chengguan*.txt");
        // 80–81 "部门预算收入 59,075万元，比2023年" / "减少3,577万元，下降5.7%。"
        var income = Assert.Single(s, f => f.Label == "部门预算收入");
        Assert.Equal((590_750_000L, -35_770_000L, 2023, -5.7m, 1, NarrativeComparison.PriorYear, 80, 81),
            (income.AmountYuan!.Value, income.ChangeYuan!.Value, income.ComparedYear!.Value, income.Percent!.Value, income.PercentDecimals!.Value, income.Comparison!.Value, income.SourceFirstLine!.Value, income.SourceLine));
        // 101 "（三）对个人和家庭补助支出 97 万元" of the first unit: the list number is no part of the subject.
        Assert.Contains(s, f => f.Label == "对个人和家庭补助支出" && f.AmountYuan == 970_000 && f.SourceLine == 101);
        // 136–138 the second unit's category, its change stated after the sentence that gives its line items.
        var category = Assert.Single(s, f => f.Label == "环卫专项作业预算");
        Assert.Equal((41_490_000L, 4_380_000L, 11.8m, 136, 138), (category.AmountYuan!.Value, category.ChangeYuan!.Value, category.Percent!.Value, category.SourceFirstLine!.Value, category.SourceLine));
        // 168 "“三公”经费预算33万元，比2023年增加0万元，增长0.0%": the quotation marks kept, 0.0 with its one decimal.
        var three = Assert.Single(s, f => f.Label == "“三公”经费预算");
        Assert.Equal((0m, 1), (three.Percent!.Value, three.PercentDecimals!.Value));
    }

    [Fact]
    public async Task NongyeStatesSharesOfTheWholeBeforeThem()
    {
        var s = await StatementsAsync("*nongye*.txt");
        // 70 "收入预算14,518.29 万元，其中：一般公共预算拨款收入 13,468.29 万元，占92.8%"
        var share = Assert.Single(s, f => f.Label == "一般公共预算拨款收入");
        Assert.Equal((134_682_900L, 92.8m, NarrativeComparison.ShareOfWhole, "收入预算"), (share.AmountYuan!.Value, share.Percent!.Value, share.Comparison!.Value, share.BaseLabel));
        // 100 "…农业农村（款）行政运行（项）2023年预算数为 1,138.23 万元，比 2022年预算减少 80.27 万元，下降 6.6%": the 项 is the subject.
        var item = Assert.Single(s, f => f.Label == "行政运行");
        Assert.Equal((11_382_300L, -802_700L, 2022, -6.6m), (item.AmountYuan!.Value, item.ChangeYuan!.Value, item.ComparedYear!.Value, item.Percent!.Value));
    }
}
