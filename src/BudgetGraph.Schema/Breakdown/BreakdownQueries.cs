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
                if (await SummedAsync(ctx, codes, year, code, stage) is { } summed)
                {
                    return summed.Node;
                }
                var departments = await DepartmentQueries.RequireAsync(ctx, codes);
                return await NodeAsync(ctx, departments.Select(d => new DepartmentYear(d.Id, year)), code, stage, root: true);
            });
    }

    /// <summary>
    /// The root field's answer in one statement, when its selection needs neither project facts nor a source: the
    /// departments' functional rows summed by node in SQL, their codes resolved in the same statement
    /// (<see cref="FigureReader.FunctionalTreeSumAsync"/>). Null when that statement cannot answer (an unknown or repeated
    /// code, no rows, a node printed differently): then the field reads the long way, which gives the same tree.
    /// </summary>
    private static async Task<(BreakdownValue? Node, bool)?> SummedAsync(IResolverContext ctx, IReadOnlyList<string> codes, int year, string? code,
        BudgetStage stage)
    {
        var selection = SelectionInspector.Of(ctx);
        var load = BreakdownLoad.For(code, selection.NestingDepth("children"), selection.SelectsAny(BreakdownLoad.SourceFields));
        if (load.ProjectFacts || load.Provenance
            || await DepartmentQueries.Factory(ctx).RunAsync((db, ct) => FigureReader.FunctionalTreeSumAsync(db, codes, year, stage, ct), ctx.RequestAborted)
                is not { } sum)
        {
            return null;
        }
        var tree = BreakdownTree.Build([sum.Rows], sum.Several);
        return (code is null ? tree : tree?.Find(code), true);
    }

    /// <summary>
    /// The node for <paramref name="code"/> (null: the root) of the summed tree of <paramref name="keys"/>, built from what
    /// the field's selection can see (<see cref="BreakdownLoad.For"/>): one statement per figure set for all the keys, read
    /// now for the root field (<paramref name="root"/>: it has every key), through the loader's batch below it.
    /// </summary>
    public static async Task<BreakdownValue?> NodeAsync(IResolverContext ctx, IEnumerable<DepartmentYear> keys, string? code, BudgetStage stage, bool root = false)
    {
        var selection = SelectionInspector.Of(ctx);
        var load = BreakdownLoad.For(code, selection.NestingDepth("children"), selection.SelectsAny(BreakdownLoad.SourceFields));
        var set = load.ProjectFacts ? FigureSet.Tree : FigureSet.FunctionalTree;
        var figureKeys = keys.Select(k => FigureKey.Of(k, stage)).ToList();
        // Below the root every load is queued before the first await, so the loader sends one batch for all the keys.
        var figures = root
            ? await ctx.FiguresNowAsync(figureKeys, set, load.Provenance)
            : await Task.WhenAll(figureKeys.Select(k => ctx.FiguresAsync(k, set, load.Provenance)).ToList());
        var tree = BreakdownTree.Build(figures);
        return code is null ? tree : tree?.Find(code);
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
            .Resolve(async ctx => await BreakdownQueries.NodeAsync(ctx, [ctx.Parent<BudgetNode>().Key], ctx.ArgumentValue<string?>("code"), ctx.Parent<BudgetNode>().Stage));
    }
}
