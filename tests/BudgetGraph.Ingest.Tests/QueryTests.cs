using BudgetGraph.Warehouse.Dimensions;
using BudgetGraph.Warehouse.Queries;
using Microsoft.EntityFrameworkCore;

namespace BudgetGraph.Ingest.Tests;

/// <summary>The warehouse's query helpers over the imported documents (figures from the documents, 万元).</summary>
[Collection(ImportedCollection.Name)]
public class QueryTests(ImportedWarehouse imported)
{
    [Fact]
    public async Task CategoriesUnderAnItemAreTheDrillDownBelowIt()
    {
        await using var db = imported.Warehouse.Create();
        var center = (await db.DepartmentByCodeAsync("szdsj"))!;
        var categories = (await db.CategoryTotalsAsync([center.Id], 2023)).Where(c => c.ItemCode == "2010399").ToDictionary(c => c.Name, c => c.AmountYuan / 10_000m);
        // 000 表5: 政务综合管理 33,416, 政府投资项目 37,837, 信息化类 5,401, 信息化运维项目 11,078, 信息化新建项目（非政府投资项目） 3,488.
        Assert.Equal(
            new Dictionary<string, decimal> { ["政务综合管理"] = 33_416, ["政府投资项目"] = 37_837, ["信息化类"] = 5_401, ["信息化运维项目"] = 11_078, ["信息化新建项目（非政府投资项目）"] = 3_488 },
            categories);
        var items = await db.LineItems([center.Id], 2023).Where(f => f.LineItem!.ProjectCategory!.Name == "政务综合管理")
            .Select(f => new { f.LineItem!.Name, f.AmountYuan }).ToListAsync();
        // 第三部分: 政务短信平台 1,000, 政务云服务项目 30,540, 电子政务运维管理项目 200.
        Assert.Equal(new Dictionary<string, long> { ["政务短信平台"] = 10_000_000, ["政务云服务项目"] = 305_400_000, ["电子政务运维管理项目"] = 2_000_000 },
            items.ToDictionary(i => i.Name, i => i.AmountYuan));
    }

    [Fact]
    public async Task ComparingDepartmentsByClassIsOneQuery()
    {
        await using var db = imported.Warehouse.Create();
        var departments = await db.DepartmentsByCodeAsync(["szdsj", "psqzsj"]);
        var rows = await db.FunctionalExpenditures([.. departments.Select(d => d.Id)], 2023)
            .Where(f => f.FunctionalSubject!.Level == SubjectLevel.Class)
            .Select(f => new { f.Department!.Code, Subject = f.FunctionalSubject!.Code, f.TotalYuan }).ToListAsync();
        var cell = rows.ToDictionary(r => (r.Code, r.Subject), r => r.TotalYuan / 10_000m);
        // 000 表7: 201 = 93,003; 004 表7: 201 = 29,173, 205 = 4 (the data center has no 205).
        Assert.Equal(93_003m, cell[("szdsj", "201")]);
        Assert.Equal(29_173m, cell[("psqzsj", "201")]);
        Assert.Equal(4m, cell[("psqzsj", "205")]);
        Assert.False(cell.ContainsKey(("szdsj", "205")));
    }
}
