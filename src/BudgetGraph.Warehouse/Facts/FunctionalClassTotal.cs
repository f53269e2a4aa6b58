using BudgetGraph.Warehouse.Dimensions;

namespace BudgetGraph.Warehouse.Facts;

/// <summary>
/// A narrow, pre-aggregated copy of the published 类 rows for class-level totals (aggregate, compare).
/// Grain: one row per department × fiscal year × 类 (<see cref="FunctionalSubjectId"/> null: the department's
/// total row), holding exactly the total and 类 rows of the department-year's chosen functional schedule — the
/// 支出总表 when it lists subjects, else the 一般公共预算支出表（按功能分类）; a total row printed only in the
/// other schedule stands in for a missing one. Nothing here is computed: every row copies one printed
/// <see cref="FunctionalExpenditureFact"/> (<see cref="FunctionalExpenditureFactId"/>), so each figure stays
/// traceable to its line. Not a <see cref="Fact"/> (it states nothing of its own); it is rebuilt by
/// <see cref="Maintenance.ClassTotals"/> whenever the facts of a department-year change, and deleting the
/// source fact deletes the copy.
/// </summary>
public class FunctionalClassTotal
{
    /// <summary>Surrogate key.</summary>
    public long Id { get; set; }
    /// <summary>The department.</summary>
    public int DepartmentId { get; set; }
    /// <summary>Navigation to the department.</summary>
    public Department? Department { get; set; }
    /// <summary>The fiscal year.</summary>
    public int Year { get; set; }
    /// <summary>The 类; null for the department's total row.</summary>
    public int? FunctionalSubjectId { get; set; }
    /// <summary>Navigation to the 类.</summary>
    public FunctionalSubject? FunctionalSubject { get; set; }
    /// <summary>The 类 code (3 digits), copied from the subject for grouping without a join; null for the total row.</summary>
    public string? ClassCode { get; set; }
    /// <summary>支出总计, yuan.</summary>
    public long TotalYuan { get; set; }
    /// <summary>基本支出, yuan.</summary>
    public long BasicYuan { get; set; }
    /// <summary>项目支出, yuan.</summary>
    public long ProjectYuan { get; set; }
    /// <summary>Decimals of 万元 the source row was published with.</summary>
    public int PublishedDecimals { get; set; }
    /// <summary>The printed row this copies.</summary>
    public long FunctionalExpenditureFactId { get; set; }
    /// <summary>Navigation to the printed row.</summary>
    public FunctionalExpenditureFact? FunctionalExpenditureFact { get; set; }
}
