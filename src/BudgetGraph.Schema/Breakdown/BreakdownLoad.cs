using BudgetGraph.GraphSchema.Figures;
using BudgetGraph.Warehouse.Marts;

namespace BudgetGraph.GraphSchema.Breakdown;

/// <summary>A project category of a department-year with its published total and the line items under it, from the figures mart.</summary>
public sealed record CategoryValue(Figure Category, IReadOnlyList<Figure> LineItems)
{
    /// <summary>The categories of a department-year's project rows (categories and line items), with their line items, in print order.</summary>
    public static List<CategoryValue> Of(IReadOnlyList<Figure> rows) =>
        rows.Where(r => r.Kind == FigureKind.ProjectCategory)
            .Select(c => new CategoryValue(c, rows.Where(r => r.Kind == FigureKind.LineItem && r.ParentPath == c.Path).ToList())).ToList();

    /// <summary>The 项 it is spent under (null: not linked).</summary>
    public string? ItemCode => Category.ParentPath;
}

/// <summary>
/// What a drill-down loads beyond the functional rows' amounts. Invariant: whatever a query can see is the
/// same as with everything loaded — project facts are needed only by the children of 项 nodes, provenance
/// only by Source-typed fields, the 基本/项目 parts only by their amount fields, the residual figures only by
/// <c>residual</c>.
/// </summary>
/// <param name="ProjectFacts">Project categories and line items (the children of a 项).</param>
/// <param name="Provenance">Where each figure is printed (a join of the documents).</param>
/// <param name="Parts">The basic and project parts of each amount.</param>
/// <param name="Residuals">The published figures a residual reconciles (its parent's children, their count, the tolerance).</param>
public sealed record BreakdownLoad(bool ProjectFacts, bool Provenance, bool Parts, bool Residuals)
{
    /// <summary>The fields of BreakdownNode and Residual whose type is Source (or a list of it).</summary>
    public static readonly IReadOnlyList<string> SourceFields = ["source", "sources", "publishedSources"];

    /// <summary>The fields of BreakdownNode that show the basic and project parts.</summary>
    public static readonly IReadOnlyList<string> PartFields = ["basicAmount", "projectAmount"];

    /// <summary>The field of BreakdownNode that shows what a residual reconciles.</summary>
    public static readonly IReadOnlyList<string> ResidualFields = ["residual"];

    /// <summary>The level of the 项 nodes; project categories and 基本支出 hang one level below.</summary>
    private const int ItemLevel = 3;

    /// <summary>
    /// What a breakdown field must load for its selection. The root is level 0, 类 1, 款 2, 项 3; the node for a
    /// code starts at its level (3, 5 and 7 digits). Project facts are needed only when nested <c>children</c>
    /// reach below a 项 (nothing at or above a 项 depends on them: a 项's amounts, sources and shares come from its
    /// functional rows, and its residual child exists only beside categories); provenance only when a
    /// Source-typed field is selected anywhere below; the parts and the residual figures only when their fields are.
    /// The engines' selection inspectors over-approximate each (<paramref name="childrenDepth"/>: nested
    /// <c>children</c> below the field; the others: any of <see cref="SourceFields"/>, <see cref="PartFields"/> or
    /// <see cref="ResidualFields"/> anywhere below); an unrecognised code loads everything.
    /// </summary>
    public static BreakdownLoad For(string? code, int childrenDepth, bool selectsSource, bool selectsParts, bool selectsResiduals)
    {
        int? start = code switch
        {
            null => 0,
            { Length: 3 } => 1,
            { Length: 5 } => 2,
            { Length: 7 } => ItemLevel,
            _ => null,
        };
        var projectFacts = start is not { } s || childrenDepth > ItemLevel - s;
        return new BreakdownLoad(projectFacts, selectsSource, selectsParts, selectsResiduals);
    }

    /// <summary>part / whole as a Float, computed in decimal; null without a non-zero whole.</summary>
    public static double? Share(long part, long? whole) => whole is { } w && w != 0 ? (double)((decimal)part / w) : null;
}
