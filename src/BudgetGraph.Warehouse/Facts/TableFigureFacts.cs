using BudgetGraph.Warehouse.Dimensions;

namespace BudgetGraph.Warehouse.Facts;

/// <summary>
/// 一般公共预算基本支出表 (national template): the general budget's basic expenditure by economic subject, split into
/// 人员经费 and 公用经费. Grain: one row per document × economic subject at 类 or 款 level as printed (null = 合计).
/// </summary>
public class BasicExpenditureSplitFact : AmountFact
{
    /// <summary>The subject; null for the 合计 row.</summary>
    public int? EconomicSubjectId { get; set; }
    /// <summary>Navigation to the subject.</summary>
    public EconomicSubject? EconomicSubject { get; set; }
    /// <summary>合计, yuan.</summary>
    public long TotalYuan { get; set; }
    /// <summary>人员经费, yuan.</summary>
    public long PersonnelYuan { get; set; }
    /// <summary>公用经费, yuan.</summary>
    public long PublicYuan { get; set; }
}

/// <summary>
/// 政府采购预算表: one procurement item as printed. Grain: one row per document × printed row (the 合计 row has
/// <see cref="Name"/> 合计 and no category).
/// </summary>
public class ProcurementItemFact : AmountFact
{
    /// <summary>The printed 序号, when printed.</summary>
    public int? Ordinal { get; set; }
    /// <summary>The item (采购项目) as printed, or 合计.</summary>
    public required string Name { get; set; }
    /// <summary>The 采购类别 as printed (货物, 工程, 服务); null when not printed (合计).</summary>
    public string? Category { get; set; }
    /// <summary>预算金额, yuan.</summary>
    public long AmountYuan { get; set; }
}

/// <summary>
/// The funding of a task (任务) in 整体支出绩效目标表: 总额, 其中：财政拨款, 其中：其他资金. Grain: one row per document ×
/// task row as printed.
/// </summary>
public class PerformanceTaskFact : AmountFact
{
    /// <summary>The task name (任务名称) as printed, e.g. 基本支出 or a project category.</summary>
    public required string Name { get; set; }
    /// <summary>总额, yuan.</summary>
    public long TotalYuan { get; set; }
    /// <summary>其中：财政拨款, yuan.</summary>
    public long AppropriationYuan { get; set; }
    /// <summary>其中：其他资金, yuan.</summary>
    public long OtherYuan { get; set; }
}
