using BudgetGraph.GraphSchema.Figures;
using BudgetGraph.GraphSchema.Provenance;
using BudgetGraph.Warehouse.Dimensions;
using BudgetGraph.Warehouse.Marts;

namespace BudgetGraph.GraphSchema.Breakdown;

/// <summary>What a breakdown node is.</summary>
public enum BreakdownNodeKind
{
    /// <summary>The total over all 类.</summary>
    Root,
    /// <summary>A 类.</summary>
    Class,
    /// <summary>A 款.</summary>
    Section,
    /// <summary>A 项.</summary>
    Item,
    /// <summary>The basic expenditure (基本支出) of a 项 whose project spending is broken into categories.</summary>
    Basic,
    /// <summary>A project category (项目支出类别).</summary>
    ProjectCategory,
    /// <summary>A line item named in the narrative.</summary>
    LineItem,
    /// <summary>The difference between a published parent and its published children that rounding explains.</summary>
    RoundingResidual,
    /// <summary>The part of a parent its document does not itemise (其他（未列明）).</summary>
    UnlistedResidual,
}

/// <summary>The published figures a residual reconciles.</summary>
public sealed record ResidualInfo(long ParentYuan, long ChildrenYuan, long ToleranceYuan, int ChildCount, IReadOnlyList<SourceRef> ParentSources);

/// <summary>
/// A node of the drill-down, summed over the given departments. Invariant: a node's amount is its
/// published amount (never re-summed from its children), and when its children are listed they add up to it
/// exactly — through an explicit residual child when the published children do not.
/// </summary>
public sealed class BreakdownValue
{
    /// <summary>Kind.</summary>
    public required BreakdownNodeKind Kind { get; init; }
    /// <summary>Functional code (类/款/项), null for other kinds.</summary>
    public string? Code { get; init; }
    /// <summary>Name.</summary>
    public required string Name { get; init; }
    /// <summary>Amount in yuan.</summary>
    public long Amount { get; set; }
    /// <summary>Basic part in yuan, when published.</summary>
    public long? Basic { get; set; }
    /// <summary>Project part in yuan, when published.</summary>
    public long? Project { get; set; }
    /// <summary>The published rows summed into this node.</summary>
    public List<SourceRef> Sources { get; } = new();
    /// <summary>Children, residual last.</summary>
    public List<BreakdownValue> Children { get; } = new();
    /// <summary>The parent (null at the root).</summary>
    public BreakdownValue? Parent { get; set; }
    /// <summary>For residuals: what they reconcile.</summary>
    public ResidualInfo? Residual { get; set; }
    /// <summary>For project categories: how their 项 link was established.</summary>
    public ItemLinkMethod? Link { get; set; }
    /// <summary>Decimals of 万元 of the published figures (for the rounding tolerance).</summary>
    public int Decimals { get; set; }

    /// <summary>The root.</summary>
    public BreakdownValue Root => Parent?.Root ?? this;

    /// <summary>Depth-first search by code.</summary>
    public BreakdownValue? Find(string code) =>
        Code == code ? this : Children.Select(c => c.Find(code)).FirstOrDefault(n => n is not null);
}

/// <summary>
/// Builds the drill-down tree of one or more department-years (summed) from the figures mart. Nothing is reconciled
/// here: the mart carries each department-year's residual nodes, and a sum of department-years sums them by path.
/// The one exception is exact, not a rounding judgement: where some summed departments itemise a node and others do
/// not, the others' part is their unlisted remainder.
/// </summary>
public static class BreakdownTree
{
    /// <summary>The name of an unlisted remainder (the mart's statement names its own the same).</summary>
    public const string UnlistedName = "其他（未列明）";

    /// <summary>Builds the tree; null when none of the department-years has a total.</summary>
    public static BreakdownValue? Build(IReadOnlyList<IReadOnlyList<Figure>> departmentYears) =>
        Build(departmentYears, departmentYears.Count(r => r.Count > 0) > 1);

    /// <summary>
    /// Builds the tree from department-years' rows (or from rows already summed by node, one list); <paramref name="summed"/>:
    /// more than one department-year has rows, so nodes some of them do not itemise get their unlisted remainder.
    /// </summary>
    public static BreakdownValue? Build(IReadOnlyList<IReadOnlyList<Figure>> departmentYears, bool summed)
    {
        var nodes = new Dictionary<string, BreakdownValue>(StringComparer.Ordinal);
        var parents = new Dictionary<string, string?>(StringComparer.Ordinal);
        var residuals = new Dictionary<string, (long Children, long Tolerance, int Count)>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var rows in departmentYears)
        {
            foreach (var row in rows)
            {
                if (!nodes.TryGetValue(row.Path, out var node))
                {
                    node = new BreakdownValue
                    {
                        Kind = KindOf(row.Kind), Code = row.Code, Name = row.Name, Basic = row.Basic, Project = row.Project,
                        Residual = row.ChildrenYuan is null ? null : new ResidualInfo(0, 0, 0, 0, []),
                    };
                    nodes[row.Path] = node;
                    parents[row.Path] = row.ParentPath;
                    order.Add(row.Path);
                }
                else
                {
                    node.Basic = node.Basic is { } b && row.Basic is { } rb ? b + rb : null;
                    node.Project = node.Project is { } p && row.Project is { } rp ? p + rp : null;
                }
                node.Amount += row.Total;
                node.Decimals = Math.Max(node.Decimals, row.PublishedDecimals);
                if (row.Source is not null)
                {
                    node.Sources.Add(row.Source);
                }
                if (row.Link is { } link && (node.Link is null || link > node.Link))
                {
                    node.Link = link;
                }
                if (row.ChildrenYuan is { } children)
                {
                    var (c, t, n) = residuals.GetValueOrDefault(row.Path);
                    residuals[row.Path] = (c + children, t + (row.ToleranceYuan ?? 0), Math.Max(n, row.ChildCount ?? 0));
                }
            }
        }
        if (!nodes.TryGetValue(FigureReader.TotalPath, out var root))
        {
            return null;
        }
        foreach (var path in order)
        {
            if (parents[path] is { } parent && nodes.TryGetValue(parent, out var p) && path != FigureReader.TotalPath)
            {
                nodes[path].Parent = p;
                p.Children.Add(nodes[path]);
            }
        }
        foreach (var node in nodes.Values)
        {
            node.Children.Sort(ChildOrder);
        }
        foreach (var (path, (children, tolerance, count)) in residuals)
        {
            var node = nodes[path];
            node.Residual = new ResidualInfo(node.Amount + children, children, tolerance, count, node.Parent?.Sources.ToList() ?? []);
        }
        if (summed)
        {
            foreach (var node in Descendants(root).ToList())
            {
                AddUnitemised(node);
            }
        }
        return root;
    }

    /// <summary>Subjects by code, 基本支出 first, categories and line items in print order, residuals last.</summary>
    private static int ChildOrder(BreakdownValue a, BreakdownValue b)
    {
        static int Rank(BreakdownValue n) => n.Kind switch
        {
            BreakdownNodeKind.Basic => 0,
            BreakdownNodeKind.RoundingResidual => 2,
            BreakdownNodeKind.UnlistedResidual => 3,
            _ => 1,
        };
        var byRank = Rank(a).CompareTo(Rank(b));
        if (byRank != 0)
        {
            return byRank;
        }
        return a.Code is not null && b.Code is not null ? string.CompareOrdinal(a.Code, b.Code) : 0;
    }

    private static BreakdownNodeKind KindOf(FigureKind kind) => kind switch
    {
        FigureKind.Total => BreakdownNodeKind.Root,
        FigureKind.Class => BreakdownNodeKind.Class,
        FigureKind.Section => BreakdownNodeKind.Section,
        FigureKind.Item => BreakdownNodeKind.Item,
        FigureKind.Basic => BreakdownNodeKind.Basic,
        FigureKind.ProjectCategory => BreakdownNodeKind.ProjectCategory,
        FigureKind.LineItem => BreakdownNodeKind.LineItem,
        FigureKind.RoundingResidual => BreakdownNodeKind.RoundingResidual,
        FigureKind.UnlistedRemainder => BreakdownNodeKind.UnlistedResidual,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Economic figures are not part of the drill-down."),
    };

    private static IEnumerable<BreakdownValue> Descendants(BreakdownValue node) =>
        new[] { node }.Concat(node.Children.SelectMany(Descendants));

    /// <summary>
    /// In a sum of department-years, the part of a node that departments without children there contribute: its
    /// exact difference, added to (or as) the node's unlisted remainder, so that the children add up to the node.
    /// </summary>
    private static void AddUnitemised(BreakdownValue node)
    {
        if (node.Children.Count == 0)
        {
            return;
        }
        var difference = node.Amount - node.Children.Sum(c => c.Amount);
        if (difference == 0)
        {
            return;
        }
        var unlisted = node.Children.FirstOrDefault(c => c.Kind == BreakdownNodeKind.UnlistedResidual);
        if (unlisted is null)
        {
            unlisted = new BreakdownValue
            {
                Kind = BreakdownNodeKind.UnlistedResidual, Name = UnlistedName, Parent = node, Decimals = node.Decimals,
                Residual = new ResidualInfo(node.Amount, node.Amount - difference, 0, node.Children.Count, node.Sources.ToList()),
            };
            unlisted.Sources.AddRange(node.Sources.Select(s => s.AsDerived()));
            node.Children.Add(unlisted);
        }
        unlisted.Amount += difference;
        unlisted.Basic = null;
        unlisted.Project = null;
    }
}
