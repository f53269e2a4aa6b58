using System.Linq.Expressions;
using BudgetGraph.Api.Budget.Budgets;
using BudgetGraph.Api.Budget.Provenance;
using BudgetGraph.Api.Budget.Schema;
using BudgetGraph.GraphQL.Execution;
using BudgetGraph.Warehouse.Configurations;
using BudgetGraph.Warehouse.Dimensions;
using BudgetGraph.Warehouse.Facts;
using Microsoft.EntityFrameworkCore;

namespace BudgetGraph.Api.Budget.Breakdown;

/// <summary>
/// A printed row of expenditure by functional subject (null code: the department's total row), without where
/// it is printed: only the published precision, which the rounding tolerance needs.
/// </summary>
public record FunctionalFigure(long Id, int DepartmentId, int Year, Schedule Schedule, string? Code, string? Name, SubjectLevel? Level,
    long Total, long Basic, long Project, int? PublishedDecimals);

/// <summary>A printed row of expenditure by functional subject with its provenance.</summary>
public sealed record FunctionalRow(long Id, int DepartmentId, int Year, Schedule Schedule, string? Code, string? Name, SubjectLevel? Level,
    long Total, long Basic, long Project, SourceRef Source)
    : FunctionalFigure(Id, DepartmentId, Year, Schedule, Code, Name, Level, Total, Basic, Project, Source.PublishedDecimals);

/// <summary>A project category of a department-year with its published total and the 项 it is spent under.</summary>
public sealed record CategoryRow(int Id, int DepartmentId, int Year, string Name, string? ItemCode, ItemLinkMethod Link, long Amount, SourceRef Source);

/// <summary>A line item named in the narrative.</summary>
public sealed record LineItemRow(int CategoryId, string Name, long Amount, SourceRef Source);

/// <summary>
/// Everything the drill-down of one department-year needs: functional rows (with their provenance when
/// <see cref="FunctionalRow"/>s), and the project categories and line items below the 项 (empty when not loaded).
/// </summary>
public sealed record DepartmentYearFacts(IReadOnlyList<FunctionalFigure> Functional, IReadOnlyList<CategoryRow> Categories, IReadOnlyList<LineItemRow> LineItems)
{
    /// <summary>The department's total row.</summary>
    public FunctionalFigure? Total => Functional.FirstOrDefault(r => r.Code is null);
}

/// <summary>
/// What a drill-down loads beyond the functional rows' figures. Invariant: whatever a query can see is the
/// same as with everything loaded — project facts are needed only by the children of 项 nodes, provenance
/// only by Source-typed fields.
/// </summary>
/// <param name="ProjectFacts">Project categories and line items (the children of a 项 besides its residual).</param>
/// <param name="Provenance">Where each functional row is printed (a join of the documents).</param>
public sealed record BreakdownLoad(bool ProjectFacts, bool Provenance);

/// <summary>
/// Loaders of the facts behind the drill-down and the comparison, by department-year. Expenditure by
/// functional subject comes from one schedule per department-year: the 支出总表 (all funds) when it lists
/// subjects, else the 一般公共预算支出表（按功能分类） (a document like 001 prints 表3 with totals only).
/// </summary>
internal static class BreakdownData
{
    /// <summary>Functional rows of the department-year's chosen schedule.</summary>
    public static Task<IReadOnlyList<FunctionalRow>?> FunctionalAsync(ResolveContext ctx, DepartmentYear key) =>
        FunctionalAsync(ctx, "functional-rows", key, Sourced);

    /// <summary>
    /// The same rows as <see cref="FunctionalAsync(ResolveContext, DepartmentYear)"/> without their provenance
    /// (no join of the documents), for drill-downs that select no source.
    /// </summary>
    public static Task<IReadOnlyList<FunctionalFigure>?> FunctionalFiguresAsync(ResolveContext ctx, DepartmentYear key) =>
        FunctionalAsync(ctx, "functional-figures", key,
            f => new FunctionalFigure(f.Id, f.DepartmentId, f.Year, f.Schedule, f.FunctionalSubject!.Code, f.FunctionalSubject.Name,
                f.FunctionalSubject.Level, f.TotalYuan, f.BasicYuan, f.ProjectYuan, f.PublishedDecimals));

    private static readonly Expression<Func<FunctionalExpenditureFact, FunctionalRow>> Sourced =
        SourceProjection.WithSource<FunctionalExpenditureFact, FunctionalRow>((f, s) => new FunctionalRow(f.Id, f.DepartmentId, f.Year,
            f.Schedule, f.FunctionalSubject!.Code, f.FunctionalSubject.Name, f.FunctionalSubject.Level, f.TotalYuan, f.BasicYuan,
            f.ProjectYuan, s));

    /// <summary>Each loader name has one projection: a request may use several shapes side by side.</summary>
    private static Task<IReadOnlyList<T>?> FunctionalAsync<T>(ResolveContext ctx, string loader, DepartmentYear key,
        Expression<Func<FunctionalExpenditureFact, T>> projection) where T : FunctionalFigure =>
        WarehouseAccess.LoadAsync<DepartmentYear, IReadOnlyList<T>>(ctx, loader, key, async (db, keys, ct) =>
        {
            var ids = keys.Select(k => k.DepartmentId).Distinct().ToList();
            var years = keys.Select(k => k.Year).Distinct().ToList();
            var rows = await db.FunctionalExpenditures
                .Where(f => ids.Contains(f.DepartmentId) && years.Contains(f.Year)
                            && (f.Schedule == Schedule.Expenditure || f.Schedule == Schedule.Functional)
                            // ChooseSchedule keeps the 一般公共预算 schedule's subjects only when the 支出总表 lists none: the
                            // others are not read. Every total row is, since the chosen schedule may lack its own.
                            && (f.FunctionalSubjectId == null || f.Schedule == Schedule.Expenditure
                                || !db.FunctionalExpenditures.Any(e => e.DepartmentId == f.DepartmentId && e.Year == f.Year
                                                                       && e.Schedule == Schedule.Expenditure && e.FunctionalSubjectId != null)))
                .Select(projection)
                .ToListAsync(ct);
            return rows.GroupBy(r => new DepartmentYear(r.DepartmentId, r.Year)).ToDictionary(g => g.Key, g => ChooseSchedule(g.ToList()));
        });

    /// <summary>The rows of the best schedule that lists subjects (its total row included).</summary>
    public static IReadOnlyList<T> ChooseSchedule<T>(IReadOnlyList<T> rows) where T : FunctionalFigure
    {
        foreach (var schedule in BudgetTopic.TotalSchedules)
        {
            if (rows.Any(r => r.Schedule == schedule && r.Code is not null))
            {
                var chosen = rows.Where(r => r.Schedule == schedule).ToList();
                // A total row printed only in a better schedule (e.g. 表3's totals) still gives the total.
                if (chosen.All(r => r.Code is not null) && rows.FirstOrDefault(r => r.Code is null) is { } total)
                {
                    chosen.Insert(0, total);
                }
                return chosen;
            }
        }
        return rows.Where(r => r.Code is null).Take(1).ToList();
    }

    /// <summary>
    /// A project category's or a line item's figure: categories and line items are read together, in one
    /// statement (a UNION ALL of both tables in this shape).
    /// </summary>
    private sealed class ProjectFigure
    {
        public bool IsLineItem { get; init; }
        public long Id { get; init; }
        public int DepartmentId { get; init; }
        public int Year { get; init; }
        public Schedule Schedule { get; init; }
        public int CategoryId { get; init; }
        public required string Name { get; init; }
        public string? ItemCode { get; init; }
        /// <summary>Null for line items: a constant of the enum would not get its string column mapping in the UNION.</summary>
        public ItemLinkMethod? Link { get; init; }
        public long Amount { get; init; }
        public required SourceColumns Source { get; init; }
    }

    /// <summary>Project categories (with their totals) and line items of department-years (one statement per batch).</summary>
    public static Task<DepartmentYearFacts?> FactsAsync(ResolveContext ctx, DepartmentYear key) =>
        WarehouseAccess.LoadAsync<DepartmentYear, DepartmentYearFacts>(ctx, "project-rows", key, async (db, keys, ct) =>
        {
            var ids = keys.Select(k => k.DepartmentId).Distinct().ToList();
            var years = keys.Select(k => k.Year).Distinct().ToList();
            var total = ReferenceData.FundId("total");
            var categories = db.ProjectSpendings
                .Where(f => ids.Contains(f.DepartmentId) && years.Contains(f.Year) && f.FundSourceId == total && f.ProjectCategoryId != null
                            && f.Year == f.Document!.Year)
                .Select(SourceProjection.WithSourceColumns<ProjectSpendingFact, ProjectFigure>((f, s) => new ProjectFigure
                {
                    IsLineItem = false, Id = f.Id, DepartmentId = f.DepartmentId, Year = f.Year, Schedule = f.Schedule,
                    CategoryId = f.ProjectCategory!.Id, Name = f.ProjectCategory.Name, ItemCode = f.ProjectCategory.FunctionalSubject!.Code,
                    Link = f.ProjectCategory.ItemLink, Amount = f.AmountYuan, Source = s,
                }));
            var items = db.LineItemAmounts
                .Where(f => ids.Contains(f.DepartmentId) && years.Contains(f.Year) && f.Year == f.Document!.Year)
                .Select(SourceProjection.WithSourceColumns<LineItemFact, ProjectFigure>((f, s) => new ProjectFigure
                {
                    IsLineItem = true, Id = f.Id, DepartmentId = f.DepartmentId, Year = f.Year, Schedule = f.Schedule,
                    CategoryId = f.LineItem!.ProjectCategoryId, Name = f.LineItem.Name, ItemCode = null,
                    Link = null, Amount = f.AmountYuan, Source = s,
                }));
            // Import order within each table (the documents' printed order): without it PostgreSQL returns rows in any order.
            var rows = await categories.Concat(items).OrderBy(r => r.IsLineItem).ThenBy(r => r.Id).ToListAsync(ct);
            var result = new Dictionary<DepartmentYear, DepartmentYearFacts>();
            foreach (var k in keys.Distinct())
            {
                var own = rows.Where(r => r.DepartmentId == k.DepartmentId && r.Year == k.Year).ToList();
                // One row per category: 项目支出总表 when printed, else the narrative's figure.
                var cats = own.Where(r => !r.IsLineItem)
                    .GroupBy(r => r.CategoryId)
                    .Select(g => g.OrderBy(r => r.Schedule == Schedule.ProjectExpenditure ? 0 : 1).First())
                    .Select(r => new CategoryRow(r.CategoryId, r.DepartmentId, r.Year, r.Name, r.ItemCode, r.Link!.Value, r.Amount, r.Source.ToSourceRef()))
                    .ToList();
                var lineItems = own.Where(r => r.IsLineItem).Select(r => new LineItemRow(r.CategoryId, r.Name, r.Amount, r.Source.ToSourceRef())).ToList();
                result[k] = new DepartmentYearFacts([], cats, lineItems);
            }
            return result;
        });

    /// <summary>
    /// The facts of several department-years through the loaders: functional rows (with their provenance when
    /// <paramref name="load"/> asks for it), and categories and line items when it asks for them.
    /// </summary>
    public static async Task<IReadOnlyList<DepartmentYearFacts>> LoadAllAsync(ResolveContext ctx, IEnumerable<DepartmentYear> keys, BreakdownLoad load)
    {
        var list = keys.ToList();
        // Every load is queued before the first await, so each loader sends one batch for all the keys.
        var functional = list.Select(k => load.Provenance ? Widen(FunctionalAsync(ctx, k)) : FunctionalFiguresAsync(ctx, k)).ToList();
        var projects = load.ProjectFacts ? list.Select(k => FactsAsync(ctx, k)).ToList() : null;
        var result = new List<DepartmentYearFacts>();
        for (var i = 0; i < list.Count; i++)
        {
            var rows = await functional[i] ?? [];
            var facts = projects is null ? null : await projects[i];
            result.Add(new DepartmentYearFacts(rows, facts?.Categories ?? [], facts?.LineItems ?? []));
        }
        return result;
    }

    private static async Task<IReadOnlyList<FunctionalFigure>?> Widen(Task<IReadOnlyList<FunctionalRow>?> rows) => await rows;
}
