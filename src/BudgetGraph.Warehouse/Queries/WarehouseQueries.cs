using BudgetGraph.Warehouse.Configurations;
using BudgetGraph.Warehouse.Dimensions;
using BudgetGraph.Warehouse.Facts;
using Microsoft.EntityFrameworkCore;

namespace BudgetGraph.Warehouse.Queries;

/// <summary>A department-year's published totals (the department row of 支出总表, else of the functional table).</summary>
public sealed record BudgetTotals(int DepartmentId, int Year, long TotalYuan, long BasicYuan, long ProjectYuan, int PublishedDecimals,
    int DocumentId, string SourceTable, int SourceLine);

/// <summary>A department-year's execution as stated by an evaluation report; null where not stated.</summary>
public sealed record ExecutionSummary(int DepartmentId, int Year, long? InitialYuan, long? AdjustedYuan, long? ActualYuan,
    int? RateBasisPoints, int DocumentId);

/// <summary>A project category's published total with its 项 link.</summary>
public sealed record CategoryTotal(int CategoryId, int DepartmentId, int Year, string Name, string? ItemCode, ItemLinkMethod ItemLink,
    long AmountYuan, int PublishedDecimals, int DocumentId, string SourceTable, int SourceLine);

/// <summary>
/// Set-based read helpers over the warehouse for the API: each returns a query or runs a bounded
/// number of SQL statements independent of the number of departments asked for.
/// Figures are the department-year's own document's (prior-year statements are excluded unless asked for).
/// </summary>
public static class WarehouseQueries
{
    /// <summary>The department with the code, or null.</summary>
    public static Task<Department?> DepartmentByCodeAsync(this WarehouseDbContext db, string code, CancellationToken ct = default) =>
        db.Departments.AsNoTracking().SingleOrDefaultAsync(d => d.Code == code, ct);

    /// <summary>Departments by code (one query).</summary>
    public static Task<List<Department>> DepartmentsByCodeAsync(this WarehouseDbContext db, IReadOnlyCollection<string> codes,
        CancellationToken ct = default) =>
        db.Departments.AsNoTracking().Where(d => codes.Contains(d.Code)).ToListAsync(ct);

    /// <summary>
    /// Expenditure by functional subject (类, 款, 项 rows as printed in 一般公共预算支出表（按功能分类）) of the
    /// departments' budgets for the year, subject included. The department total rows are excluded.
    /// </summary>
    public static IQueryable<FunctionalExpenditureFact> FunctionalExpenditures(this WarehouseDbContext db,
        IReadOnlyCollection<int> departmentIds, int year) =>
        db.FunctionalExpenditures.AsNoTracking().Include(f => f.FunctionalSubject)
            .Where(f => departmentIds.Contains(f.DepartmentId) && f.Year == year && f.Schedule == Schedule.Functional
                        && f.FunctionalSubjectId != null && f.Document!.Year == year && f.Document.Kind == DocumentKind.Budget);

    /// <summary>Expenditure by economic subject (一般公共预算支出表（按经济分类）) of the departments' budgets for the year.</summary>
    public static IQueryable<EconomicExpenditureFact> EconomicExpenditures(this WarehouseDbContext db,
        IReadOnlyCollection<int> departmentIds, int year) =>
        db.EconomicExpenditures.AsNoTracking().Include(f => f.EconomicSubject)
            .Where(f => departmentIds.Contains(f.DepartmentId) && f.Year == year && f.EconomicSubjectId != null
                        && f.Document!.Year == year);

    /// <summary>Published totals per department for the year (one query).</summary>
    public static async Task<IReadOnlyList<BudgetTotals>> BudgetTotalsAsync(this WarehouseDbContext db,
        IReadOnlyCollection<int> departmentIds, int year, CancellationToken ct = default)
    {
        var rows = await db.FunctionalExpenditures.AsNoTracking()
            .Where(f => departmentIds.Contains(f.DepartmentId) && f.Year == year && f.FunctionalSubjectId == null
                        && (f.Schedule == Schedule.Expenditure || f.Schedule == Schedule.Functional) && f.Document!.Year == year)
            .Select(f => new { f.DepartmentId, f.Schedule, f.TotalYuan, f.BasicYuan, f.ProjectYuan, f.PublishedDecimals, f.DocumentId, f.SourceTable, f.SourceLine })
            .ToListAsync(ct);
        // 支出总表 covers all funds; the functional table is the fallback for documents printing only that.
        return rows.GroupBy(r => r.DepartmentId)
            .Select(g => g.OrderBy(r => r.Schedule == Schedule.Expenditure ? 0 : 1).First())
            .Select(r => new BudgetTotals(r.DepartmentId, year, r.TotalYuan, r.BasicYuan, r.ProjectYuan, r.PublishedDecimals, r.DocumentId,
                r.SourceTable, r.SourceLine))
            .ToList();
    }

    /// <summary>Execution per department for the year (one query).</summary>
    public static async Task<IReadOnlyList<ExecutionSummary>> ExecutionAsync(this WarehouseDbContext db,
        IReadOnlyCollection<int> departmentIds, int year, CancellationToken ct = default)
    {
        var amounts = await db.Executions.AsNoTracking()
            .Where(f => departmentIds.Contains(f.DepartmentId) && f.Year == year && f.Measure == ExecutionMeasure.Total)
            .Select(f => new { f.DepartmentId, f.StageId, f.AmountYuan, f.DocumentId }).ToListAsync(ct);
        var rates = await db.ExecutionRates.AsNoTracking()
            .Where(f => departmentIds.Contains(f.DepartmentId) && f.Year == year && f.Measure == ExecutionMeasure.Total)
            .Select(f => new { f.DepartmentId, f.RateBasisPoints }).ToListAsync(ct);
        return amounts.GroupBy(a => a.DepartmentId).Select(g => new ExecutionSummary(g.Key, year,
                g.FirstOrDefault(a => a.StageId == ReferenceData.InitialStage)?.AmountYuan,
                g.FirstOrDefault(a => a.StageId == ReferenceData.AdjustedStage)?.AmountYuan,
                g.FirstOrDefault(a => a.StageId == ReferenceData.ActualStage)?.AmountYuan,
                rates.FirstOrDefault(r => r.DepartmentId == g.Key)?.RateBasisPoints, g.First().DocumentId))
            .ToList();
    }

    /// <summary>Project categories with their published totals (项目支出总表's 总计 column, else 第三部分) and 项 links (one query).</summary>
    public static async Task<IReadOnlyList<CategoryTotal>> CategoryTotalsAsync(this WarehouseDbContext db,
        IReadOnlyCollection<int> departmentIds, int year, CancellationToken ct = default)
    {
        var total = ReferenceData.FundId("total");
        var rows = await db.ProjectSpendings.AsNoTracking()
            .Where(f => departmentIds.Contains(f.DepartmentId) && f.Year == year && f.ProjectCategoryId != null && f.FundSourceId == total)
            .Select(f => new
            {
                Id = f.ProjectCategoryId!.Value, f.DepartmentId, f.ProjectCategory!.Name, ItemCode = f.ProjectCategory.FunctionalSubject!.Code,
                f.ProjectCategory.ItemLink, f.AmountYuan, f.PublishedDecimals, f.DocumentId, f.SourceTable, f.SourceLine,
            })
            .ToListAsync(ct);
        return rows.Select(r => new CategoryTotal(r.Id, r.DepartmentId, year, r.Name, r.ItemCode, r.ItemLink, r.AmountYuan,
            r.PublishedDecimals, r.DocumentId, r.SourceTable, r.SourceLine)).ToList();
    }

    /// <summary>Line items of the departments' categories for the year, category included.</summary>
    public static IQueryable<LineItemFact> LineItems(this WarehouseDbContext db, IReadOnlyCollection<int> departmentIds, int year) =>
        db.LineItemAmounts.AsNoTracking().Include(f => f.LineItem!).ThenInclude(i => i.ProjectCategory)
            .Where(f => departmentIds.Contains(f.DepartmentId) && f.Year == year);
}
