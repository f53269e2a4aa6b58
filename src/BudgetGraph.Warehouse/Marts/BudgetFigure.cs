using BudgetGraph.Warehouse.Dimensions;

namespace BudgetGraph.Warehouse.Marts;

/// <summary>What a <see cref="BudgetFigure"/> node is. Stored by name.</summary>
public enum FigureKind
{
    /// <summary>The department-year's total (支出合计), path <c>T</c>.</summary>
    Total,
    /// <summary>A functional 类.</summary>
    Class,
    /// <summary>A functional 款.</summary>
    Section,
    /// <summary>A functional 项.</summary>
    Item,
    /// <summary>The basic expenditure (基本支出) of a 项 whose project spending is broken into categories.</summary>
    Basic,
    /// <summary>A project category (项目支出类别) under the 项 it is spent under.</summary>
    ProjectCategory,
    /// <summary>A line item under its project category.</summary>
    LineItem,
    /// <summary>An economic 类 (一般公共预算支出表（按经济分类）).</summary>
    EconomicClass,
    /// <summary>The total of the economic table (the general budget only), path <c>E</c>.</summary>
    EconomicTotal,
    /// <summary>An economic 款.</summary>
    EconomicSection,
    /// <summary>The difference between a published parent and its published children that rounding explains.</summary>
    RoundingResidual,
    /// <summary>The part of a published parent its document does not itemise (其他（未列明）): beyond rounding.</summary>
    UnlistedRemainder,
}

/// <summary>
/// The conformed figures mart: the one published figure the whole system serves for each node.
/// Grain: one row per department × fiscal year × stage × node, where a node is the total (<c>T</c>), a functional
/// 类/款/项 (its code), the 基本支出 of a 项 with categories (<c>项/B</c>), a project category under its 项
/// (<c>项/C:name</c>, or <c>C:name</c> when not linked), a line item under its category (<c>…/L:name</c>), an economic
/// 类/款 (<c>E:code</c>) or the economic table's total (<c>E</c>), or a residual of a parent (<c>parent/R</c> rounding, <c>parent/U</c> unlisted remainder)
/// where the published children do not add up to the published parent. Each published row copies exactly one
/// printed fact (<see cref="FactId"/> with its document, table and line); residual rows are derived from their parent
/// and cite its source. Which printed schedule supplies the figure (支出总表 or 一般公共预算支出表, the total row of
/// which table, a budget or an evaluation report) is decided only in <see cref="BudgetFigures"/>, the statement that
/// maintains this table; read that file for the rule and why.
/// </summary>
public class BudgetFigure
{
    /// <summary>Surrogate key.</summary>
    public long Id { get; set; }
    /// <summary>The department.</summary>
    public int DepartmentId { get; set; }
    /// <summary>Navigation to the department.</summary>
    public Department? Department { get; set; }
    /// <summary>The fiscal year.</summary>
    public int Year { get; set; }
    /// <summary>The stage (<see cref="Configurations.ReferenceData.InitialStage"/> and the others).</summary>
    public int StageId { get; set; }
    /// <summary>What the node is.</summary>
    public FigureKind Kind { get; set; }
    /// <summary>The node's key within its department-year-stage (see the grain above); summing departments groups by it.</summary>
    public required string Path { get; set; }
    /// <summary>The parent node's path; null for the total, the economic 类 and unlinked categories.</summary>
    public string? ParentPath { get; set; }
    /// <summary>The functional or economic code; null for the total, 基本支出, categories, line items and residuals.</summary>
    public string? Code { get; set; }
    /// <summary>The published name (for residuals: 四舍五入差额 or 其他（未列明）).</summary>
    public required string Name { get; set; }
    /// <summary>The amount, yuan.</summary>
    public long TotalYuan { get; set; }
    /// <summary>基本支出, yuan; null where not published.</summary>
    public long? BasicYuan { get; set; }
    /// <summary>项目支出, yuan; null where not published.</summary>
    public long? ProjectYuan { get; set; }
    /// <summary>Decimals of 万元 of the printed figure (0 or 2).</summary>
    public int PublishedDecimals { get; set; }
    /// <summary>For project categories: how the link to the 项 was established.</summary>
    public ItemLinkMethod? ItemLink { get; set; }
    /// <summary>The id of the printed fact this row copies (in the table its kind reads); null for residuals.</summary>
    public long? FactId { get; set; }
    /// <summary>The schedule of the printed fact (with <see cref="Kind"/> it names the fact table: evaluation-report totals are ExecutionFacts).</summary>
    public Schedule Schedule { get; set; }
    /// <summary>Print order within the department-year: the fact id (for a category, its first printed row's).</summary>
    public long SortKey { get; set; }
    /// <summary>The document that prints the figure (for residuals: the parent's).</summary>
    public int DocumentId { get; set; }
    /// <summary>Navigation to the document.</summary>
    public Document? Document { get; set; }
    /// <summary>The table or section as printed.</summary>
    public required string SourceTable { get; set; }
    /// <summary>1-based line of the source text.</summary>
    public int SourceLine { get; set; }
    /// <summary>True for residuals and for figures the importer derived.</summary>
    public bool Derived { get; set; }
    /// <summary>For residuals: the sum of the parent's published children, yuan.</summary>
    public long? ChildrenYuan { get; set; }
    /// <summary>For residuals: the largest difference rounding explains (<see cref="Rounding.ToleranceYuan"/>), yuan.</summary>
    public long? ToleranceYuan { get; set; }
    /// <summary>For residuals: how many published children were summed.</summary>
    public int? ChildCount { get; set; }
}
