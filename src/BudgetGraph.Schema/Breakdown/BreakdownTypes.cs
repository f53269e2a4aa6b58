using BudgetGraph.GraphSchema.Breakdown;
using BudgetGraph.GraphSchema.Provenance;
using BudgetGraph.GraphSchema.Shared;
using BudgetGraph.Warehouse.Dimensions;
using HotChocolate.Types;

namespace BudgetGraph.GraphSchema.Breakdown;

/// <summary>BreakdownNode: a node of the drill-down (the tree is the shared <see cref="BreakdownTree"/>).</summary>
public sealed class BreakdownNodeType : ObjectType<BreakdownValue>
{
    protected override void Configure(IObjectTypeDescriptor<BreakdownValue> descriptor)
    {
        descriptor.Name("BreakdownNode")
            .Description("A node of the drill-down: the functional classification 类 → 款 → 项, then project categories and their line items.")
            .BindFieldsExplicitly();
        descriptor.Field<BreakdownValue, StringType>("code", x => x.Code, "The functional code (类/款/项); null for the root, categories, line items and residuals.");
        descriptor.Field<BreakdownValue, NonNullType<StringType>>("name", x => x.Name, "The published name (or the residual's name).");
        descriptor.Field<BreakdownValue, NonNullType<BreakdownNodeKindType>>("kind", x => x.Kind, "What the node is.");
        descriptor.Field<BreakdownValue, SubjectLevelType>("level", x => x.Kind switch
        {
            BreakdownNodeKind.Class => SubjectLevel.Class,
            BreakdownNodeKind.Section => SubjectLevel.Section,
            BreakdownNodeKind.Item => SubjectLevel.Item,
            _ => (SubjectLevel?)null,
        }, "The classification level of a 类/款/项 node.");
        descriptor.Amount<BreakdownValue>("amount", x => x.Amount, true, "The published amount, summed over the given departments.");
        descriptor.Amount<BreakdownValue>("basicAmount", x => x.Basic, false, "The basic expenditure part, where published.");
        descriptor.Amount<BreakdownValue>("projectAmount", x => x.Project, false, "The project expenditure part, where published.");
        descriptor.Field<BreakdownValue, FloatType>("shareOfParent", x => BreakdownLoad.Share(x.Amount, x.Parent?.Amount), "amount / the parent's amount (null at the root).");
        descriptor.Field<BreakdownValue, FloatType>("shareOfTotal", x => BreakdownLoad.Share(x.Amount, x.Root.Amount), "amount / the root's amount.");
        descriptor.Field<BreakdownValue, NonNullType<ListType<NonNullType<BreakdownNodeType>>>>("children", x => x.Children,
            "The next level: 类 → 款 → 项 → project categories (with 基本支出 beside them) → line items; a residual child last when the published children do not add up.");
        descriptor.Field<BreakdownValue, ResidualType>("residual", x => x.Residual, "For residual nodes: the published figures they reconcile.");
        descriptor.Field<BreakdownValue, ItemLinkMethodType>("itemLink", x => x.Link, "For project categories: how the link to the 项 was established.");
        descriptor.Field<BreakdownValue, SourceType>("source", x => x.Sources.Count == 1 ? x.Sources[0] : null,
            "Where the figure is printed, when it is one published figure (see `sources` for sums over departments).");
        descriptor.Field<BreakdownValue, NonNullType<ListType<NonNullType<SourceType>>>>("sources", x => x.Sources,
            "Every published figure summed into this node (derived for residuals).");
    }
}

/// <summary>Residual: why a residual node exists.</summary>
public sealed class ResidualType : ObjectType<ResidualInfo>
{
    protected override void Configure(IObjectTypeDescriptor<ResidualInfo> descriptor)
    {
        descriptor.Name("Residual").Description("Why a residual node exists: the published parent and the sum of its published children it reconciles.")
            .BindFieldsExplicitly();
        descriptor.Amount<ResidualInfo>("published", x => x.ParentYuan, true, "The parent's published amount.");
        descriptor.Amount<ResidualInfo>("childrenSum", x => x.ChildrenYuan, true, "The sum of the parent's published children.");
        descriptor.Amount<ResidualInfo>("difference", x => x.ParentYuan - x.ChildrenYuan, true, "published − childrenSum: this residual's amount.");
        descriptor.Amount<ResidualInfo>("tolerance", x => x.ToleranceYuan, true,
            "The largest difference rounding explains: half a published unit for each child and for the parent.");
        descriptor.Field<ResidualInfo, NonNullType<IntType>>("childCount", x => x.ChildCount, "How many published children were summed.");
        descriptor.Field<ResidualInfo, NonNullType<ListType<NonNullType<SourceType>>>>("publishedSources", x => x.ParentSources,
            "Where the parent's published amount is printed.");
    }
}

/// <summary>BreakdownNodeKind.</summary>
public sealed class BreakdownNodeKindType : EnumType<BreakdownNodeKind>
{
    protected override void Configure(IEnumTypeDescriptor<BreakdownNodeKind> descriptor) =>
        descriptor.Name("BreakdownNodeKind").Description("What a breakdown node is.");
}

/// <summary>ItemLinkMethod.</summary>
public sealed class ItemLinkMethodType : EnumType<ItemLinkMethod>
{
    protected override void Configure(IEnumTypeDescriptor<ItemLinkMethod> descriptor) =>
        descriptor.Name("ItemLinkMethod").Description("How a project category was linked to the 项 it is spent under: only STATED is read from the document.");
}
