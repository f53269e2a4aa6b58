using BudgetGraph.Warehouse.Configurations;
using BudgetGraph.Warehouse.Marts;
using Microsoft.EntityFrameworkCore;

namespace BudgetGraph.Ingest.Tests;

/// <summary>The figures mart's nodes over the imported documents (figures from the documents, 万元).</summary>
[Collection(ImportedCollection.Name)]
public class QueryTests(ImportedWarehouse imported)
{
    [Fact]
    public async Task CategoriesUnderAnItemAreTheDrillDownBelowIt()
    {
        await using var db = imported.Warehouse.Create();
        var center = await db.Departments.SingleAsync(d => d.Code == "szdsj");
        var figures = db.BudgetFigures.Where(f => f.DepartmentId == center.Id && f.Year == 2023 && f.StageId == ReferenceData.InitialStage);
        var categories = (await figures.Where(f => f.Kind == FigureKind.ProjectCategory && f.ParentPath == "2010399").ToListAsync())
            .ToDictionary(c => c.Name, c => c.TotalYuan / 10_000m);
        // 000 表5: 政务综合管理 33,416, 政府投资项目 37,837, 信息化类 5,401, 信息化运维项目 11,078, 信息化新建项目（非政府投资项目） 3,488.
        Assert.Equal(
            new Dictionary<string, decimal> { ["政务综合管理"] = 33_416, ["政府投资项目"] = 37_837, ["信息化类"] = 5_401, ["信息化运维项目"] = 11_078, ["信息化新建项目（非政府投资项目）"] = 3_488 },
            categories);
        var items = await figures.Where(f => f.Kind == FigureKind.LineItem && f.ParentPath == "2010399/C:政务综合管理").ToListAsync();
        // 第三部分: 政务短信平台 1,000, 政务云服务项目 30,540, 电子政务运维管理项目 200.
        Assert.Equal(new Dictionary<string, long> { ["政务短信平台"] = 10_000_000, ["政务云服务项目"] = 305_400_000, ["电子政务运维管理项目"] = 2_000_000 },
            items.ToDictionary(i => i.Name, i => i.TotalYuan));
    }

    [Fact]
    public async Task ComparingDepartmentsByClassIsOneQuery()
    {
        await using var db = imported.Warehouse.Create();
        var rows = await db.BudgetFigures.Where(f => f.Year == 2023 && f.StageId == ReferenceData.InitialStage && f.Kind == FigureKind.Class
                && (f.Department!.Code == "szdsj" || f.Department.Code == "psqzsj"))
            .Select(f => new { f.Department!.Code, Subject = f.Code, f.TotalYuan }).ToListAsync();
        var cell = rows.ToDictionary(r => (r.Code, r.Subject), r => r.TotalYuan / 10_000m);
        // 000 and 004 表3: 201 = 93,003 and 29,173, 205 = 4 (the data center has no 205).
        Assert.Equal(93_003m, cell[("szdsj", "201")]);
        Assert.Equal(29_173m, cell[("psqzsj", "201")]);
        Assert.Equal(4m, cell[("psqzsj", "205")]);
        Assert.False(cell.ContainsKey(("szdsj", "205")));
    }
}
