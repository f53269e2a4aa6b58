using BudgetGraph.GraphSchema.Breakdown;
using BudgetGraph.GraphSchema.Budgets;
using BudgetGraph.GraphSchema.Figures;
using BudgetGraph.GraphSchema;
using BudgetGraph.GraphSchema.Departments;
using BudgetGraph.GraphSchema.Shared;
using HotChocolate;
using HotChocolate.Resolvers;
using HotChocolate.Types;

namespace BudgetGraph.GraphSchema.Breakdown;

/// <summary><c>breakdown(year, departmentCodes, code, stage)</c>.</summary>
public sealed class BreakdownQueries : ObjectTypeExtension
{
    protected override void Configure(IObjectTypeDescriptor descriptor)
    {
        descriptor.Name(OperationTypeNames.Query);
        descriptor.Field("breakdown").Type<BreakdownNodeType>()
            .Description("Drill-down of expenditure by functional classification, summed over the given departments: the node for `code` (the root, whose children are the 类, when omitted), or null when no department has the code. A year known only from an evaluation report has its total (at each stage) and no children.")
            .Arg<NonNullType<IntType>>("year", "The fiscal year.")
            .Arg<NonNullType<ListType<NonNullType<StringType>>>>("departmentCodes", "The departments to sum, e.g. `[\"szdsj\"]`.")
            .Arg<StringType>("code", "A 类/款/项 code, e.g. `2010399`; omitted: the root.")
            .StageArgument()
            .Resolve(async ctx =>
            {
                var year = ctx.ArgumentValue<int>("year");
                var codes = ctx.ArgumentValue<IReadOnlyList<string>>("departmentCodes");
                var (code, stage) = (ctx.ArgumentValue<string?>("code"), ctx.Stage());
                var load = LoadOf(ctx, code);
                // Neither project facts nor a source below: the departments' rows summed by node in SQL (only the sums the
                // selection shows), their codes resolved in the same statement (one round trip). Null when that statement cannot
                // answer (an unknown or repeated code, no rows): then the long way below, which gives the same tree.
                if (!load.ProjectFacts && !load.Provenance
                    && await DepartmentQueries.Factory(ctx).RunAsync((db, ct) => FigureReader.FunctionalTreeSumAsync(db, codes, year, stage, load.Parts, load.Residuals, ct), ctx.RequestAborted)
                        is { } sum)
                {
                    return At(BreakdownTree.Build([sum.Rows], sum.Several), code);
                }
                var departments = await DepartmentQueries.RequireAsync(ctx, codes);
                return await NodeAsync(ctx, departments.Select(d => new DepartmentYear(d.Id, year)), code, stage, load, root: true);
            });
    }

    /// <summary>What a breakdown field's selection can see, for the node of <paramref name="code"/> (<see cref="BreakdownLoad.For"/>).</summary>
    public static BreakdownLoad LoadOf(IResolverContext ctx, string? code)
    {
        var selection = SelectionInspector.Of(ctx);
        return BreakdownLoad.For(code, selection.NestingDepth("children"), selection.SelectsAny(BreakdownLoad.SourceFields),
            selection.SelectsAny(BreakdownLoad.PartFields), selection.SelectsAny(BreakdownLoad.ResidualFields));
    }

    /// <summary>The node of <paramref name="code"/> in <paramref name="tree"/> (null: the root).</summary>
    private static BreakdownValue? At(BreakdownValue? tree, string? code) => code is null ? tree : tree?.Find(code);

    /// <summary>
    /// The node for <paramref name="code"/> (null: the root) of the summed tree of <paramref name="keys"/>, built from what
    /// the field's selection can see (<paramref name="load"/>, <see cref="LoadOf"/>): one statement per figure set for all the
    /// keys, read now for the root field (<paramref name="root"/>: it has every key), through the loader's batch below it.
    /// </summary>
    public static async Task<BreakdownValue?> NodeAsync(IResolverContext ctx, IEnumerable<DepartmentYear> keys, string? code, BudgetStage stage,
        BreakdownLoad load, bool root = false)
    {
        var set = load.ProjectFacts ? FigureSet.Tree : FigureSet.FunctionalTree;
        var figureKeys = keys.Select(k => FigureKey.Of(k, stage)).ToList();
        // Below the root every load is queued before the first await, so the loader sends one batch for all the keys.
        var figures = root
            ? await ctx.FiguresNowAsync(figureKeys, set, load.Provenance)
            : await Task.WhenAll(figureKeys.Select(k => ctx.FiguresAsync(k, set, load.Provenance)).ToList());
        return At(BreakdownTree.Build(figures), code);
    }
}

/// <summary><c>Budget.breakdown(code)</c>.</summary>
public sealed class BudgetBreakdownFields : ObjectTypeExtension<BudgetNode>
{
    protected override void Configure(IObjectTypeDescriptor<BudgetNode> descriptor)
    {
        descriptor.Name("Budget").BindFieldsExplicitly();
        descriptor.Field("breakdown").Type<BreakdownNodeType>().Description("Drill-down of this budget (at its stage): the node for `code`, or the root.")
            .Arg<StringType>("code", "A 类/款/项 code; omitted: the root.")
            .Resolve(async ctx =>
            {
                var (budget, code) = (ctx.Parent<BudgetNode>(), ctx.ArgumentValue<string?>("code"));
                return await BreakdownQueries.NodeAsync(ctx, [budget.Key], code, budget.Stage, BreakdownQueries.LoadOf(ctx, code));
            });
    }
}
