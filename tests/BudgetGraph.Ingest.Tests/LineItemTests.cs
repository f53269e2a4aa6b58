using BudgetGraph.Warehouse.Dimensions;
using BudgetGraph.Warehouse.Facts;
using Microsoft.EntityFrameworkCore;

namespace BudgetGraph.Ingest.Tests;

/// <summary>
/// Line items listed in 第三部分 ("主要包括：… 万元"), counted by hand: 000 lists 14, 001 11, 003 23, 004 6.
/// Clauses about changes ("预算由 12,000 万元减少至 7,000 万元", "较 2022 年预算增加 …") are not items.
/// </summary>
[Collection(ImportedCollection.Name)]
public class LineItemTests(ImportedWarehouse imported)
{
    [Theory]
    [InlineData("000_", 14)]
    [InlineData("001_", 11)]
    [InlineData("003_", 23)]
    [InlineData("004_", 6)]
    public async Task EveryListedLineItemIsCaptured(string file, int count)
    {
        await using var db = imported.Warehouse.Create();
        Assert.Equal(count, await db.LineItemAmounts.CountAsync(f => f.Document!.FileName.StartsWith(file)));
    }

    [Theory]
    [InlineData("000_", "政务综合管理", "政务短信平台", 1_000)]
    [InlineData("000_", "政府投资项目", "深圳市电子政务网络升级改造一期项目（原深圳市卫生计生光纤专网建设）", 7_000)]
    [InlineData("000_", "信息化运维项目", "深i您疫情防控运营服务", 980)]
    [InlineData("001_", "信息化运维项目", "综合运维服务", 1_052)]
    [InlineData("003_", "信息化服务类项目（非运维服务部分）", "深圳市城市数字操作系统（CDOS）项目（一期）", 1_642.98)]
    [InlineData("003_", "政务综合管理", "政务数据管理", 1_252.8)]
    [InlineData("004_", "资产配置预算", "资产配置", 2)]
    // Names keep their quotation marks as printed: 000:329–331 curly, 003:91 straight.
    [InlineData("000_", "信息化新建项目（非政府投资项目）", "深圳市“白名单”数据管理服务（一期）", 1_611)]
    [InlineData("003_", "信息化新建项目（非政府投资项目）", "2023年\"深治慧\"平台服务合同阶段款", 4_317.09)]
    public async Task ItemsKeepTheirCategoryAndAmount(string file, string category, string item, double wan)
    {
        await using var db = imported.Warehouse.Create();
        var fact = await db.LineItemAmounts.Include(f => f.LineItem!).ThenInclude(i => i.ProjectCategory)
            .SingleAsync(f => f.Document!.FileName.StartsWith(file) && f.LineItem!.Name == item);
        Assert.Equal(category, fact.LineItem!.ProjectCategory!.Name);
        Assert.Equal((long)Math.Round((decimal)wan * 10_000), fact.AmountYuan);
    }

    [Fact]
    public async Task CategoriesAreLinkedToTheirItemAndTheDerivationIsRecorded()
    {
        await using var db = imported.Warehouse.Create();
        var links = await db.ProjectCategories.Include(c => c.Department).Include(c => c.FunctionalSubject)
            .Select(c => new { c.Department!.Code, c.Year, c.Name, Item = c.FunctionalSubject!.Code, c.ItemLink }).ToListAsync();
        // 000: only 2010399 has project spending, so it takes all five categories.
        Assert.All(links.Where(l => l.Code == "szdsj" && l.Year == 2023), l => Assert.Equal(("2010399", ItemLinkMethod.SingleItem), (l.Item, l.ItemLink)));
        Assert.Equal(5, links.Count(l => l.Code == "szdsj" && l.Year == 2023));
        // 004: 一般行政管理事务 and 培训支出 are also 项 names; 资产配置预算 falls to the 项 with room left.
        var pingshan = links.Where(l => l.Code == "psqzsj").ToDictionary(l => l.Name, l => (l.Item, l.ItemLink));
        Assert.Equal(("2013702", ItemLinkMethod.NameMatch), pingshan["一般行政管理事务"]);
        Assert.Equal(("2050803", ItemLinkMethod.NameMatch), pingshan["培训支出"]);
        Assert.Equal(("2013799", ItemLinkMethod.NameMatch), pingshan["其他网信事务支出"]);
        Assert.Equal(("2013799", ItemLinkMethod.Remainder), pingshan["资产配置预算"]);
        Assert.Equal(("2013799", ItemLinkMethod.Remainder), pingshan["2023年政府投资项目"]);
    }

    [Fact]
    public async Task FlattenedProjectTableColumnsAreAssignedByTheTablesIdentities()
    {
        // 003 prints 项目支出总表 as one line with columns out of order. 信息化运维项目: 总计 1,555.39 =
        // 履职类项目拨款 1,460.00 + 上年结余、结转 95.39 (the figures of 收入总表's kinds and 上年结转 934.34).
        await using var db = imported.Warehouse.Create();
        var row = await db.ProjectSpendings.Where(f => f.ProjectCategory!.Name == "信息化运维项目" && f.Document!.FileName.StartsWith("003_"))
            .Select(f => new { f.FundSource!.Code, f.AmountYuan, f.Derived }).ToListAsync();
        var byFund = row.ToDictionary(r => r.Code, r => r.AmountYuan);
        Assert.Equal((15_553_900L, 14_600_000L, 14_600_000L, 953_900L), (byFund["total"], byFund["gpb"], byFund["gpb_duty"], byFund["carryover"]));
        Assert.All(row, r => Assert.True(r.Derived));
    }

    [Fact]
    public async Task PriorYearStatementsBecomeFactsOfTheEarlierYear()
    {
        await using var db = imported.Warehouse.Create();
        var statements = await db.PriorYearStatements.Include(f => f.Document).Where(f => f.Document!.FileName.StartsWith("000_")).ToListAsync();
        // "部门预算支出 94,294 万元，比 2022 年增加 28,709 万元": 2022 = 65,585 (the total 001 publishes), derived.
        var total = statements.Single(s => s.Subject == StatementSubject.TotalExpenditure);
        Assert.Equal((2022, 655_850_000L, true, 287_090_000L), (total.Year, total.AmountYuan, total.Derived, total.StatedChangeYuan!.Value));
        // "预算由 12,000 万元减少至 7,000 万元": stated directly.
        var network = statements.Single(s => s.Label == "深圳市电子政务网络升级改造一期项目");
        Assert.Equal((2022, 120_000_000L, false, 70_000_000L), (network.Year, network.AmountYuan, network.Derived, network.LaterAmountYuan!.Value));
        Assert.All(statements, s => Assert.Equal(2023, s.Document!.Year));
    }
}
