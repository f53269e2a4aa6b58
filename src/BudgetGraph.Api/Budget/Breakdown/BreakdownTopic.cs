using BudgetGraph.Api.Budget.Budgets;
using BudgetGraph.Api.Budget.Departments;
using BudgetGraph.Api.Budget.Figures;
using BudgetGraph.Api.Budget.Schema;
using BudgetGraph.GraphQL.Execution;
using BudgetGraph.GraphQL.Types;
using BudgetGraph.Warehouse.Dimensions;
using static BudgetGraph.Api.Budget.Schema.Gql;

namespace BudgetGraph.Api.Budget.Breakdown;

/// <summary><c>breakdown(year, departmentCodes, code)</c>, <c>Budget.breakdown(code)</c> and the BreakdownNode type.</summary>
internal static class BreakdownTopic
{
    /// <summary>
    /// The node for <paramref name="code"/> (null: the root) of the summed tree of <paramref name="keys"/>, built
    /// from what the selection of <paramref name="ctx"/>'s field can see (<see cref="LoadFor"/>).
    /// </summary>
    public static async Task<BreakdownValue?> NodeAsync(ResolveContext ctx, IEnumerable<DepartmentYear> keys, string? code, BudgetStage stage)
    {
        var root = BreakdownTree.Build(await BreakdownData.LoadAllAsync(ctx, keys, stage, LoadFor(ctx.Selection, code)));
        return code is null ? root : root?.Find(code);
    }

    /// <summary>The fields of BreakdownNode and Residual whose type is Source (see <see cref="BreakdownLoad.SourceFields"/>).</summary>
    public static readonly IReadOnlyList<string> SourceFields = BreakdownLoad.SourceFields;

    /// <summary>What a breakdown field must load for its selection (see <see cref="BreakdownLoad.For"/>).</summary>
    public static BreakdownLoad LoadFor(SelectionInspector selection, string? code) =>
        BreakdownLoad.For(code, selection.NestingDepth("children"), selection.SelectsAny(BreakdownLoad.SourceFields));

    public static void Configure(BudgetTypes t)
    {
        var link = Gql.EnumOf<ItemLinkMethod>("ItemLinkMethod", "How a project category was linked to the 项 it is spent under: only STATED is read from the document.");

        var r = t.Residual;
        r.Amount<ResidualInfo>(t, "published", x => x.ParentYuan, true, "The parent's published amount.");
        r.Amount<ResidualInfo>(t, "childrenSum", x => x.ChildrenYuan, true, "The sum of the parent's published children.");
        r.Amount<ResidualInfo>(t, "difference", x => x.ParentYuan - x.ChildrenYuan, true, "published − childrenSum: this residual's amount.");
        r.Amount<ResidualInfo>(t, "tolerance", x => x.ToleranceYuan, true,
            "The largest difference rounding explains: half a published unit for each child and for the parent.");
        r.Field<ResidualInfo>("childCount", NonNull(Scalars.Int), x => x.ChildCount, "How many published children were summed.");
        r.Field<ResidualInfo>("publishedSources", ListOf(t.Source), x => x.ParentSources, "Where the parent's published amount is printed.");

        var n = t.BreakdownNode;
        n.Field<BreakdownValue>("code", Scalars.String, x => x.Code, "The functional code (类/款/项); null for the root, categories, line items and residuals.");
        n.Field<BreakdownValue>("name", NonNull(Scalars.String), x => x.Name, "The published name (or the residual's name).");
        n.Field<BreakdownValue>("kind", NonNull(t.BreakdownNodeKind), x => x.Kind, "What the node is.");
        n.Field<BreakdownValue>("level", t.SubjectLevel, x => x.Kind switch
        {
            BreakdownNodeKind.Class => SubjectLevel.Class,
            BreakdownNodeKind.Section => SubjectLevel.Section,
            BreakdownNodeKind.Item => SubjectLevel.Item,
            _ => (SubjectLevel?)null,
        }, "The classification level of a 类/款/项 node.");
        n.Amount<BreakdownValue>(t, "amount", x => x.Amount, true, "The published amount, summed over the given departments.");
        n.Amount<BreakdownValue>(t, "basicAmount", x => x.Basic, false, "The basic expenditure part, where published.");
        n.Amount<BreakdownValue>(t, "projectAmount", x => x.Project, false, "The project expenditure part, where published.");
        n.Field<BreakdownValue>("shareOfParent", Scalars.Float, x => Share(x.Amount, x.Parent?.Amount), "amount / the parent's amount (null at the root).");
        n.Field<BreakdownValue>("shareOfTotal", Scalars.Float, x => Share(x.Amount, x.Root.Amount), "amount / the root's amount.");
        n.Field<BreakdownValue>("children", ListOf(n), x => x.Children,
            "The next level: 类 → 款 → 项 → project categories (with 基本支出 beside them) → line items; a residual child last when the published children do not add up.");
        n.Field<BreakdownValue>("residual", r, x => x.Residual, "For residual nodes: the published figures they reconcile.");
        n.Field<BreakdownValue>("itemLink", link, x => x.Link, "For project categories: how the link to the 项 was established.");
        n.Field<BreakdownValue>("source", t.Source, x => x.Sources.Count == 1 ? x.Sources[0] : null,
            "Where the figure is printed, when it is one published figure (see `sources` for sums over departments).");
        n.Field<BreakdownValue>("sources", ListOf(t.Source), x => x.Sources, "Every published figure summed into this node (derived for residuals).");

        t.Query.ResolveAsync("breakdown", n, async ctx =>
            {
                var year = ctx.Argument<int>("year");
                var departments = await DepartmentTopic.RequireAsync(ctx, ctx.Strings("departmentCodes"));
                return await NodeAsync(ctx, departments.Select(d => new DepartmentYear(d.Id, year)), ctx.Opt<string>("code"), Stages.Of(ctx));
            }, "Drill-down of expenditure by functional classification, summed over the given departments: the node for `code` (the root, whose children are the 类, when omitted), or null when no department has the code. A year known only from an evaluation report has its total (at each stage) and no children.")
            .Arg("year", NonNull(Scalars.Int), "The fiscal year.")
            .Arg("departmentCodes", ListOf(Scalars.String), "The departments to sum, e.g. `[\"szdsj\"]`.")
            .Arg("code", Scalars.String, "A 类/款/项 code, e.g. `2010399`; omitted: the root.")
            .StageArgument(t);

        t.Budget.ResolveAsync("breakdown", n, ctx => NodeAsync(ctx, [ctx.ParentAs<BudgetNode>().Key], ctx.Opt<string>("code"), ctx.ParentAs<BudgetNode>().Stage),
                "Drill-down of this budget (at its stage): the node for `code`, or the root.")
            .Arg("code", Scalars.String, "A 类/款/项 code; omitted: the root.");
    }

    /// <summary>part / whole as a Float (see <see cref="BreakdownLoad.Share"/>).</summary>
    public static double? Share(long part, long? whole) => BreakdownLoad.Share(part, whole);
}
