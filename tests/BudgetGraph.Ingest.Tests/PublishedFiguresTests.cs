using BudgetGraph.Ingest.Text;
using BudgetGraph.Warehouse.Configurations;
using BudgetGraph.Warehouse.Dimensions;
using BudgetGraph.Warehouse.Facts;
using BudgetGraph.Warehouse.Marts;
using Microsoft.EntityFrameworkCore;

namespace BudgetGraph.Ingest.Tests;

/// <summary>
/// The acceptance figures, each copied from the published documents (万元): the importer
/// must reproduce them exactly as integer yuan, and the figures mart (what every answer reads) must serve them.
/// </summary>
[Collection(ImportedCollection.Name)]
public class PublishedFiguresTests(ImportedWarehouse imported)
{
    private static long Yuan(decimal wan) => (long)(wan * 10_000);

    private async Task<(int Id, BudgetFigure Totals)> TotalsAsync(string code, int year, int stage = ReferenceData.InitialStage)
    {
        await using var db = imported.Warehouse.Create();
        var department = await db.Departments.SingleAsync(d => d.Code == code);
        var totals = await db.BudgetFigures.SingleAsync(f => f.DepartmentId == department.Id && f.Year == year && f.StageId == stage && f.Kind == FigureKind.Total);
        return (department.Id, totals);
    }

    private async Task<BudgetFigure> SubjectAsync(int departmentId, int year, string code)
    {
        await using var db = imported.Warehouse.Create();
        return await db.BudgetFigures.SingleAsync(f => f.DepartmentId == departmentId && f.Year == year && f.StageId == ReferenceData.InitialStage
            && (f.Kind == FigureKind.Class || f.Kind == FigureKind.Section || f.Kind == FigureKind.Item) && f.Code == code);
    }

    [Fact]
    public async Task DataCenter2023MatchesItsBudget()
    {
        // 000 表3: 94,294 = 3,073 basic + 91,221 project; 201 = 93,003, 2010399 = 91,221 (表3 and 表7 agree).
        var (id, totals) = await TotalsAsync("szdsj", 2023);
        Assert.Equal(Yuan(94_294), totals.TotalYuan);
        Assert.Equal(Yuan(3_073), totals.BasicYuan);
        Assert.Equal(Yuan(91_221), totals.ProjectYuan);
        Assert.Equal(0, totals.PublishedDecimals);
        Assert.Equal(Yuan(93_003), (await SubjectAsync(id, 2023, "201")).TotalYuan);
        Assert.Equal(Yuan(91_221), (await SubjectAsync(id, 2023, "2010399")).TotalYuan);
    }

    [Fact]
    public async Task DataCenter2022MatchesItsBudget()
    {
        var (_, totals) = await TotalsAsync("szdsj", 2022); // 001 表3: 65,585
        Assert.Equal(Yuan(65_585), totals.TotalYuan);
    }

    [Fact]
    public async Task BureauTwoDecimalFiguresAreExact()
    {
        // 003 表3: 44,972.11; 2010302 一般行政管理事务 40,980.57 (printed "40,980.57" and elsewhere "40, 980, 57").
        var (id, totals) = await TotalsAsync("szzsj", 2024);
        Assert.Equal(Yuan(44_972.11m), totals.TotalYuan);
        Assert.Equal(2, totals.PublishedDecimals);
        Assert.Equal(Yuan(40_980.57m), (await SubjectAsync(id, 2024, "2010302")).TotalYuan);
    }

    [Fact]
    public async Task PingshanMatchesItsBudget()
    {
        var (id, totals) = await TotalsAsync("psqzsj", 2023); // 004 表3: 29,760; 2013799 = 27,102
        Assert.Equal(Yuan(29_760), totals.TotalYuan);
        Assert.Equal(Yuan(27_102), (await SubjectAsync(id, 2023, "2013799")).TotalYuan);
    }

    [Fact]
    public async Task DataCenter2024ExecutionMatchesTheReport()
    {
        // 002: 年初预算 68,098.25, 调整后 112,233.18, 实际支出 108,019.30, 执行率 96.25%.
        // No 2024 budget document: the report's stages are the year's figures.
        var (id, initial) = await TotalsAsync("szdsj", 2024);
        Assert.Equal(Yuan(68_098.25m), initial.TotalYuan);
        Assert.Equal(Yuan(112_233.18m), (await TotalsAsync("szdsj", 2024, ReferenceData.AdjustedStage)).Totals.TotalYuan);
        Assert.Equal(Yuan(108_019.30m), (await TotalsAsync("szdsj", 2024, ReferenceData.ActualStage)).Totals.TotalYuan);
        await using var db = imported.Warehouse.Create();
        Assert.Equal(9625, (await db.ExecutionRates.SingleAsync(f => f.DepartmentId == id && f.Year == 2024 && f.Measure == ExecutionMeasure.Total)).RateBasisPoints);
    }

    [Fact]
    public async Task DepartmentsCarryTheirRegistryAttributes()
    {
        await using var db = imported.Warehouse.Create();
        var all = await db.Departments.Include(d => d.SupervisingDepartment).OrderBy(d => d.Code).ToListAsync();
        Assert.Equal(["psqzsj", "szdsj", "szzsj"], all.Select(d => d.Code));
        var center = all.Single(d => d.Code == "szdsj");
        Assert.Equal(("深圳市大数据资源管理中心", DepartmentKind.DataCenter, UnitType.PublicInstitution, "szzsj"),
            (center.Name, center.Kind, center.UnitType, center.SupervisingDepartment?.Code));
        var pingshan = all.Single(d => d.Code == "psqzsj");
        Assert.Equal((DepartmentKind.DistrictBureau, AdministrativeLevel.District, "坪山区"), (pingshan.Kind, pingshan.Level, pingshan.Region));
    }

    [Fact]
    public async Task EveryFactCitesItsDocumentTableAndLine()
    {
        await using var db = imported.Warehouse.Create();
        // 000 line 1302: " 2010399 其他政府办公厅（室）及相关机构事务支出 91,221 0 91,221" in 表7.
        var fact = await db.FunctionalExpenditures.Include(f => f.Document)
            .SingleAsync(f => f.FunctionalSubject!.Code == "2010399" && f.Year == 2023 && f.Schedule == Schedule.Functional);
        Assert.Equal((1302, "表7 一般公共预算支出表（按功能分类）"), (fact.SourceLine, fact.SourceTable));
        Assert.StartsWith("000_", fact.Document!.FileName);
        Assert.Equal(64, fact.Document.Sha256.Length);
        // 003 line 434 (unnumbered table): 2010302 40,980.57.
        var bureau = await db.FunctionalExpenditures
            .SingleAsync(f => f.FunctionalSubject!.Code == "2010302" && f.Schedule == Schedule.Functional);
        Assert.Equal((434, "一般公共预算支出表（按功能分类）", 2), (bureau.SourceLine, bureau.SourceTable, bureau.PublishedDecimals));
    }
}
