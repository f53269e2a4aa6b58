using BudgetGraph.Api.Budget.Departments;
using BudgetGraph.Api.Budget.Figures;
using BudgetGraph.Api.Budget.Provenance;
using BudgetGraph.Api.Budget.Relay;
using BudgetGraph.Api.Budget.Schema;
using BudgetGraph.GraphQL;
using BudgetGraph.GraphQL.Execution;
using BudgetGraph.GraphQL.Types;
using BudgetGraph.Warehouse.Dimensions;
using Microsoft.EntityFrameworkCore;
using static BudgetGraph.Api.Budget.Schema.Gql;

namespace BudgetGraph.Api.Budget.Budgets;

/// <summary>The Budget type, <c>Department.budget(year)</c>, <c>Department.budgets</c> and <c>fiscalYears</c>.</summary>
internal static class BudgetTopic
{
    /// <summary>The budget of a department-year at a stage, from the figures mart's total (batched).</summary>
    public static async Task<BudgetNode?> LoadAsync(ResolveContext ctx, DepartmentYear key, BudgetStage stage = BudgetStage.Initial, bool provenance = true) =>
        (await FigureRows.LoadAsync(ctx, FigureKey.Of(key, stage), FigureSet.Total, provenance)).FirstOrDefault() is { } total
            ? new BudgetNode(key.DepartmentId, total.DepartmentCode, key.Year, stage, total.Total, total.Basic ?? 0, total.Project ?? 0, total.Source)
            : null;

    /// <summary>Whether a budget field's selection needs the totals' provenance (a join of the documents): any <c>source</c> below it.</summary>
    private static bool Provenance(ResolveContext ctx) => ctx.Selection.SelectsAny(["source"]);

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
        nodes.Register<BudgetNode>(t, b, x => x.Stage == BudgetStage.Initial ? $"{x.DepartmentCode}:{x.Year}" : $"{x.DepartmentCode}:{x.Year}:{x.Stage}", async (ctx, key) =>
        {
            var parts = key.Split(':');
            var stage = BudgetStage.Initial;
            if (parts.Length is < 2 or > 3 || !int.TryParse(parts[1], out var year) || (parts.Length == 3 && !Enum.TryParse(parts[2], out stage))
                || await DepartmentTopic.ByCodeAsync(ctx, parts[0]) is not { } dept)
            {
                return null;
            }
            return await LoadAsync(ctx, new DepartmentYear(dept.Id, year), stage);
        });
        b.Field<BudgetNode>("year", NonNull(Scalars.Int), x => x.Year, "The fiscal year.");
        b.Field<BudgetNode>("stage", NonNull(t.Stage), x => x.Stage, "The stage of these totals: INITIAL (年初预算), ADJUSTED or ACTUAL.");
        b.ResolveAsync("department", NonNull(t.Department), ctx => DepartmentTopic.ByIdAsync(ctx, ctx.ParentAs<BudgetNode>().DepartmentId),
            "The department.");
        b.Amount<BudgetNode>(t, "totalExpenditure", x => x.TotalYuan, true, "Total expenditure (支出总计) at the budget's stage.");
        b.Amount<BudgetNode>(t, "basicExpenditure", x => x.BasicYuan, true, "Basic expenditure (基本支出): staff and running costs.");
        b.Amount<BudgetNode>(t, "projectExpenditure", x => x.ProjectYuan, true, "Project expenditure (项目支出).");
        b.Field<BudgetNode>("source", NonNull(t.Source), x => x.Source
            ?? throw new InvalidOperationException("The budget was loaded without provenance for a selection that has a source."), "Where the totals are printed.");

        var d = t.Department;
        d.ResolveAsync("budget", t.Budget, ctx => LoadAsync(ctx, new DepartmentYear(ctx.ParentAs<DepartmentNode>().Id, ctx.Argument<int>("year")),
                    Stages.Of(ctx), Provenance(ctx)),
                "The budget of a fiscal year at a stage, or null when no document states that stage.")
            .Arg("year", NonNull(Scalars.Int), "The fiscal year, e.g. 2023.")
            .StageArgument(t);
        d.ResolveAsync("budgets", ListOf(t.Budget), async ctx =>
        {
            var dept = ctx.ParentAs<DepartmentNode>();
            var years = await YearsAsync(ctx, dept.Id) ?? [];
            var provenance = Provenance(ctx);
            var budgets = await Task.WhenAll(years.Select(y => LoadAsync(ctx, new DepartmentYear(dept.Id, y), BudgetStage.Initial, provenance)));
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
