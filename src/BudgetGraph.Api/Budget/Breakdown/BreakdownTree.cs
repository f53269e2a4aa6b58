using BudgetGraph.Api.Budget.Provenance;
using BudgetGraph.Warehouse.Dimensions;

namespace BudgetGraph.Api.Budget.Breakdown;

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
    public ResidualInfo? Residual { get; init; }
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

/// <summary>Builds the drill-down tree of one or more department-years (summed) from their published facts.</summary>
public static class BreakdownTree
{
    /// <summary>The name of an unlisted residual.</summary>
    public const string UnlistedName = "其他（未列明）";

    /// <summary>The name of a rounding residual.</summary>
    public const string RoundingName = "四舍五入差额";

    /// <summary>Builds the tree; null when none of the department-years has a total.</summary>
    public static BreakdownValue? Build(IReadOnlyList<DepartmentYearFacts> facts)
    {
        if (facts.All(f => f.Total is null))
        {
            return null;
        }
        var root = new BreakdownValue { Kind = BreakdownNodeKind.Root, Name = "支出合计" };
        foreach (var total in facts.Select(f => f.Total).OfType<FunctionalFigure>())
        {
            Add(root, total);
        }
        var rows = facts.SelectMany(f => f.Functional).Where(r => r.Code is not null).ToList();
        AddSubjects(root, rows, 3, BreakdownNodeKind.Class);
        var categories = facts.SelectMany(f => f.Categories).ToList();
        var lineItems = facts.SelectMany(f => f.LineItems).ToList();
        foreach (var item in Descendants(root).Where(n => n.Kind == BreakdownNodeKind.Item).ToList())
        {
            AddCategories(item, categories.Where(c => c.ItemCode == item.Code).ToList(), lineItems);
        }
        foreach (var node in Descendants(root).ToList())
        {
            Reconcile(node);
        }
        return root;
    }

    private static IEnumerable<BreakdownValue> Descendants(BreakdownValue node) =>
        new[] { node }.Concat(node.Children.SelectMany(Descendants));

    private static void Add(BreakdownValue node, FunctionalFigure row)
    {
        Add(node, row.Total, row.PublishedDecimals, (row as FunctionalRow)?.Source);
        node.Basic = (node.Basic ?? 0) + row.Basic;
        node.Project = (node.Project ?? 0) + row.Project;
    }

    private static void Add(BreakdownValue node, long amount, SourceRef source) => Add(node, amount, source.PublishedDecimals, source);

    /// <summary>
    /// Sums one published figure into a node. Without its <paramref name="source"/> (rows loaded without
    /// provenance) the node's sources stay incomplete: only loaded so when no Source-typed field is selected.
    /// </summary>
    private static void Add(BreakdownValue node, long amount, int? publishedDecimals, SourceRef? source)
    {
        node.Amount += amount;
        if (source is not null)
        {
            node.Sources.Add(source);
        }
        node.Decimals = Math.Max(node.Decimals, publishedDecimals ?? 0);
    }

    private static void AddSubjects(BreakdownValue parent, List<FunctionalFigure> rows, int length, BreakdownNodeKind kind)
    {
        var prefix = parent.Code ?? "";
        foreach (var group in rows.Where(r => r.Code!.Length == length && r.Code.StartsWith(prefix, StringComparison.Ordinal))
                     .GroupBy(r => r.Code!).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var node = new BreakdownValue { Kind = kind, Code = group.Key, Name = group.First().Name!, Parent = parent };
            foreach (var row in group)
            {
                Add(node, row);
            }
            parent.Children.Add(node);
            if (length < 7)
            {
                AddSubjects(node, rows, length + 2, kind + 1);
            }
        }
    }

    private static void AddCategories(BreakdownValue item, List<CategoryRow> categories, List<LineItemRow> lineItems)
    {
        if (categories.Count == 0)
        {
            return;
        }
        if (item.Basic is > 0)
        {
            var basic = new BreakdownValue { Kind = BreakdownNodeKind.Basic, Name = "基本支出", Amount = item.Basic.Value, Basic = item.Basic, Project = 0, Parent = item, Decimals = item.Decimals };
            basic.Sources.AddRange(item.Sources);
            item.Children.Add(basic);
        }
        // Categories of the same name in several departments are summed.
        foreach (var group in categories.GroupBy(c => c.Name))
        {
            var node = new BreakdownValue { Kind = BreakdownNodeKind.ProjectCategory, Name = group.Key, Parent = item, Basic = 0 };
            foreach (var c in group)
            {
                Add(node, c.Amount, c.Source);
            }
            node.Project = node.Amount;
            node.Link = group.Select(c => c.Link).OrderByDescending(l => l).First();
            var ids = group.Select(c => c.Id).ToHashSet();
            foreach (var li in lineItems.Where(l => ids.Contains(l.CategoryId)).GroupBy(l => l.Name))
            {
                var leaf = new BreakdownValue { Kind = BreakdownNodeKind.LineItem, Name = li.Key, Parent = node, Basic = 0 };
                foreach (var l in li)
                {
                    Add(leaf, l.Amount, l.Source);
                }
                leaf.Project = leaf.Amount;
                node.Children.Add(leaf);
            }
            item.Children.Add(node);
        }
    }

    /// <summary>
    /// Adds a residual child when the published children do not add up to the published parent. Each
    /// published figure is rounded to half a unit of its precision, so the sum of n children may differ from
    /// the parent by up to (n + 1) / 2 units: within that the residual is rounding, beyond it the document
    /// simply does not itemise the rest ("其他（未列明）").
    /// </summary>
    private static void Reconcile(BreakdownValue node)
    {
        if (node.Children.Count == 0)
        {
            return;
        }
        var sum = node.Children.Sum(c => c.Amount);
        var difference = node.Amount - sum;
        if (difference == 0)
        {
            return;
        }
        var unit = 10_000L;
        for (var i = 0; i < node.Decimals; i++)
        {
            unit /= 10;
        }
        var tolerance = (node.Children.Count + 1) * unit / 2;
        var rounding = Math.Abs(difference) <= tolerance;
        var residual = new BreakdownValue
        {
            Kind = rounding ? BreakdownNodeKind.RoundingResidual : BreakdownNodeKind.UnlistedResidual,
            Name = rounding ? RoundingName : UnlistedName,
            Amount = difference,
            Parent = node,
            Decimals = node.Decimals,
            Residual = new ResidualInfo(node.Amount, sum, tolerance, node.Children.Count, node.Sources.ToList()),
        };
        // A residual's basic/project split is known only when every child publishes one.
        if (node.Basic is { } b && node.Children.All(c => c.Basic is not null))
        {
            residual.Basic = b - node.Children.Sum(c => c.Basic!.Value);
            residual.Project = node.Project - node.Children.Sum(c => c.Project ?? 0);
        }
        residual.Sources.AddRange(node.Sources.Select(s => s.AsDerived()));
        node.Children.Add(residual);
    }
}
