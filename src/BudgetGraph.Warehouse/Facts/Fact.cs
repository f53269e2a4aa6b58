using BudgetGraph.Warehouse.Dimensions;

namespace BudgetGraph.Warehouse.Facts;

/// <summary>
/// Provenance every fact carries: the stating document, the department and fiscal year the figure
/// is about, the table or section and the line of the source text (and, for a PDF, the page and the line's box). A figure about an earlier year
/// stated in a later document (a prior-year column, "比 2022 年增加 …") has <see cref="Year"/> earlier
/// than the document's year: that is how prior-year statements are marked.
/// </summary>
public abstract class Fact
{
    /// <summary>Surrogate key.</summary>
    public long Id { get; set; }
    /// <summary>The document that states the figure.</summary>
    public int DocumentId { get; set; }
    /// <summary>Navigation to the document.</summary>
    public Document? Document { get; set; }
    /// <summary>The department the figure is about.</summary>
    public int DepartmentId { get; set; }
    /// <summary>Navigation to the department.</summary>
    public Department? Department { get; set; }
    /// <summary>The fiscal year the figure is about.</summary>
    public int Year { get; set; }
    /// <summary>Navigation to the year.</summary>
    public FiscalYear? FiscalYear { get; set; }
    /// <summary>The cross-section the figure was read from.</summary>
    public Schedule Schedule { get; set; }
    /// <summary>The table or section as printed, e.g. "表3 支出总表" or "第三部分 部门预算支出具体情况".</summary>
    public required string SourceTable { get; set; }
    /// <summary>1-based line number in the source text where the row or sentence ends.</summary>
    public int SourceLine { get; set; }
    /// <summary>1-based page of the source PDF the row or sentence is printed on; null when the document was imported from text.</summary>
    public int? SourcePage { get; set; }
    /// <summary>The box of that line on the page in whole PDF points, rounded outwards (origin bottom-left): left; null when imported from text. (Integers: the warehouse stores no floating-point column.)</summary>
    public int? SourceX0 { get; set; }
    /// <summary>The box's bottom.</summary>
    public int? SourceY0 { get; set; }
    /// <summary>The box's right.</summary>
    public int? SourceX1 { get; set; }
    /// <summary>The box's top.</summary>
    public int? SourceY1 { get; set; }
    /// <summary>1-based line where the figure's sentence or row begins, when that is before <see cref="SourceLine"/> (null: one line).</summary>
    public int? SourceFirstLine { get; set; }
    /// <summary>True when the importer derived this row (or a link of it) instead of reading it as printed.</summary>
    public bool Derived { get; set; }
}

/// <summary>A fact holding money: stage and published precision on top of provenance.</summary>
public abstract class AmountFact : Fact
{
    /// <summary>Initial budget, adjusted budget or actual.</summary>
    public int StageId { get; set; }
    /// <summary>Navigation to the stage.</summary>
    public Stage? Stage { get; set; }
    /// <summary>Decimals of 万元 the figures were published with: 0 (whole 万元) or 2 (0.01 万元).</summary>
    public int PublishedDecimals { get; set; }
}
