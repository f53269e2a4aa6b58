using BudgetGraph.Api.Budget.Departments;
using BudgetGraph.Api.Budget.Provenance;
using BudgetGraph.Api.Budget.Relay;
using BudgetGraph.Api.Budget.Schema;
using BudgetGraph.GraphQL;
using BudgetGraph.GraphQL.Execution;
using BudgetGraph.GraphQL.Types;
using BudgetGraph.Warehouse.Configurations;
using BudgetGraph.Warehouse.Dimensions;
using BudgetGraph.Warehouse.Facts;
using Microsoft.EntityFrameworkCore;
using static BudgetGraph.Api.Budget.Schema.Gql;

namespace BudgetGraph.Api.Budget.Budgets;

/// <summary>A department-year: the key of most loaders.</summary>
public readonly record struct DepartmentYear(int DepartmentId, int Year);

/// <summary>
/// A department's budget for a year: the initial (年初) totals from the budget document's 支出总表 (or, for a
/// year without a budget document, the initial budget stated by the evaluation report).
/// </summary>
public sealed record BudgetNode(int DepartmentId, string DepartmentCode, int Year, long TotalYuan, long BasicYuan, long ProjectYuan,
    SourceRef Source)
{
    /// <summary>The loader key.</summary>
    public DepartmentYear Key => new(DepartmentId, Year);
}

/// <summary>The Budget type, <c>Department.budget(year)</c>, <c>Department.budgets</c> and <c>fiscalYears</c>.</summary>
internal static class BudgetTopic
{
    /// <summary>The schedules whose total row is a budget's total, best first: 支出总表, then 一般公共预算支出表（按功能分类）.</summary>
    public static readonly Schedule[] TotalSchedules = [Schedule.Expenditure, Schedule.Functional];

    private sealed record TotalRow(int DepartmentId, string Code, int Year, Schedule Schedule, long Total, long Basic, long Project, SourceRef Source);

    private sealed record ExecutionRow(int DepartmentId, string Code, int Year, ExecutionMeasure Measure, long Amount, SourceRef Source);

    /// <summary>Loads budgets by department-year (one or two statements per batch).</summary>
    public static Task<BudgetNode?> LoadAsync(ResolveContext ctx, DepartmentYear key) =>
        WarehouseAccess.LoadAsync<DepartmentYear, BudgetNode>(ctx, "budget", key, async (db, keys, ct) =>
        {
            var ids = keys.Select(k => k.DepartmentId).Distinct().ToList();
            var years = keys.Select(k => k.Year).Distinct().ToList();
            var totals = await db.FunctionalExpenditures
                .Where(f => ids.Contains(f.DepartmentId) && years.Contains(f.Year) && f.FunctionalSubjectId == null
                            && (f.Schedule == Schedule.Expenditure || f.Schedule == Schedule.Functional))
                .Select(SourceProjection.WithSource<FunctionalExpenditureFact, TotalRow>((f, s) =>
                    new TotalRow(f.DepartmentId, f.Department!.Code, f.Year, f.Schedule, f.TotalYuan, f.BasicYuan, f.ProjectYuan, s)))
                .ToListAsync(ct);
            var result = new Dictionary<DepartmentYear, BudgetNode>();
            foreach (var g in totals.GroupBy(r => new DepartmentYear(r.DepartmentId, r.Year)))
            {
                var best = g.OrderBy(r => Array.IndexOf(TotalSchedules, r.Schedule)).First();
                result[g.Key] = new BudgetNode(best.DepartmentId, best.Code, best.Year, best.Total, best.Basic, best.Project, best.Source);
            }
            var missing = keys.Where(k => !result.ContainsKey(k)).ToList();
            if (missing.Count > 0)
            {
                // A year without a budget document: the evaluation report's initial budget (年初预算).
                var missingIds = missing.Select(k => k.DepartmentId).Distinct().ToList();
                var missingYears = missing.Select(k => k.Year).Distinct().ToList();
                var initial = await db.Executions
                    .Where(f => missingIds.Contains(f.DepartmentId) && missingYears.Contains(f.Year) && f.StageId == ReferenceData.InitialStage
                                && (f.Measure == ExecutionMeasure.Total || f.Measure == ExecutionMeasure.Basic || f.Measure == ExecutionMeasure.Project))
                    .Select(SourceProjection.WithSource<ExecutionFact, ExecutionRow>((f, s) =>
                        new ExecutionRow(f.DepartmentId, f.Department!.Code, f.Year, f.Measure, f.AmountYuan, s)))
                    .ToListAsync(ct);
                foreach (var g in initial.GroupBy(r => new DepartmentYear(r.DepartmentId, r.Year)))
                {
                    var total = g.FirstOrDefault(r => r.Measure == ExecutionMeasure.Total);
                    if (total is null)
                    {
                        continue;
                    }
                    long Of(ExecutionMeasure m) => g.FirstOrDefault(r => r.Measure == m)?.Amount ?? 0;
                    result[g.Key] = new BudgetNode(total.DepartmentId, total.Code, total.Year, total.Amount, Of(ExecutionMeasure.Basic),
                        Of(ExecutionMeasure.Project), total.Source);
                }
            }
            return result;
        });

    /// <summary>The fiscal years with a budget or evaluation document, per department (one statement per batch).</summary>
    public static Task<int[]?> YearsAsync(ResolveContext ctx, int departmentId) =>
        WarehouseAccess.LoadAsync<int, int[]>(ctx, "department-years", departmentId, async (db, ids, ct) =>
        {
            var rows = await db.Documents.Where(d => ids.Contains(d.DepartmentId)).Select(d => new { d.DepartmentId, d.Year }).ToListAsync(ct);
            return rows.GroupBy(r => r.DepartmentId).ToDictionary(g => g.Key, g => g.Select(r => r.Year).Distinct().Order().ToArray());
        });

    public static void Configure(BudgetTypes t, NodeRegistry nodes)
    {
        var b = t.Budget;
        nodes.Register<BudgetNode>(t, b, x => $"{x.DepartmentCode}:{x.Year}", async (ctx, key) =>
        {
            var parts = key.Split(':');
            if (parts.Length != 2 || !int.TryParse(parts[1], out var year) || await DepartmentTopic.ByCodeAsync(ctx, parts[0]) is not { } dept)
            {
                return null;
            }
            return await LoadAsync(ctx, new DepartmentYear(dept.Id, year));
        });
        b.Field<BudgetNode>("year", NonNull(Scalars.Int), x => x.Year, "The fiscal year.");
        b.ResolveAsync("department", NonNull(t.Department), ctx => DepartmentTopic.ByIdAsync(ctx, ctx.ParentAs<BudgetNode>().DepartmentId),
            "The department.");
        b.Amount<BudgetNode>(t, "totalExpenditure", x => x.TotalYuan, true, "Total expenditure (支出总计) of the initial (年初) budget.");
        b.Amount<BudgetNode>(t, "basicExpenditure", x => x.BasicYuan, true, "Basic expenditure (基本支出): staff and running costs.");
        b.Amount<BudgetNode>(t, "projectExpenditure", x => x.ProjectYuan, true, "Project expenditure (项目支出).");
        b.Field<BudgetNode>("source", NonNull(t.Source), x => x.Source, "Where the totals are printed.");

        var d = t.Department;
        d.ResolveAsync("budget", t.Budget, ctx => LoadAsync(ctx, new DepartmentYear(ctx.ParentAs<DepartmentNode>().Id, ctx.Argument<int>("year"))),
                "The budget of a fiscal year, or null when no document covers it.")
            .Arg("year", NonNull(Scalars.Int), "The fiscal year, e.g. 2023.");
        d.ResolveAsync("budgets", ListOf(t.Budget), async ctx =>
        {
            var dept = ctx.ParentAs<DepartmentNode>();
            var years = await YearsAsync(ctx, dept.Id) ?? [];
            var budgets = await Task.WhenAll(years.Select(y => LoadAsync(ctx, new DepartmentYear(dept.Id, y))));
            return budgets.Where(x => x is not null).ToList();
        }, "The budgets of every year a document covers, oldest first.");
        d.ResolveAsync("fiscalYears", ListOf(Scalars.Int), async ctx => await YearsAsync(ctx, ctx.ParentAs<DepartmentNode>().Id) ?? [],
            "The fiscal years its documents cover.");

        var fy = t.FiscalYear;
        fy.Field<FiscalYearNode>("year", NonNull(Scalars.Int), x => x.Year, "The year.");
        fy.Field<FiscalYearNode>("documentCount", NonNull(Scalars.Int), x => x.Documents, "How many imported documents are about it.");
        t.Query.ResolveAsync("fiscalYears", ListOf(fy), ctx => WarehouseAccess.QueryAsync(ctx, async (db, ct) =>
            (object)await db.FiscalYears.OrderBy(y => y.Year)
                .Select(y => new FiscalYearNode(y.Year, db.Documents.Count(d => d.Year == y.Year))).ToListAsync(ct)),
            "The fiscal years the warehouse has figures for (including years only stated as prior-year comparatives), oldest first.");
    }
}

/// <summary>A fiscal year and how many documents are about it.</summary>
public sealed record FiscalYearNode(int Year, int Documents);
