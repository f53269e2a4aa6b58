using BudgetGraph.Warehouse.Dimensions;

namespace BudgetGraph.Warehouse.Facts;

/// <summary>
/// General-budget expenditure by economic subject × basic/project (一般公共预算支出表（按经济分类）).
/// Grain: one row per document × economic subject at 类 or 款 level as printed; null subject is the
/// department's total row.
/// </summary>
public class EconomicExpenditureFact : AmountFact
{
    /// <summary>The subject; null for the department total row.</summary>
    public int? EconomicSubjectId { get; set; }
    /// <summary>Navigation to the subject.</summary>
    public EconomicSubject? EconomicSubject { get; set; }
    /// <summary>支出总计, yuan.</summary>
    public long TotalYuan { get; set; }
    /// <summary>基本支出, yuan.</summary>
    public long BasicYuan { get; set; }
    /// <summary>项目支出, yuan.</summary>
    public long ProjectYuan { get; set; }
}
