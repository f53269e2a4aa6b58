using BudgetGraph.Warehouse.Dimensions;

namespace BudgetGraph.Warehouse.Facts;

/// <summary>
/// Expenditure by functional subject × basic/project.
/// Grain: one row per document × schedule (支出总表, 一般公共预算支出表（按功能分类）, 政府性基金/国有资本经营预算支出表)
/// × functional subject at 类, 款 or 项 level as printed; <see cref="FunctionalSubjectId"/> null is the
/// department's total row. The 支出总表 also fills the procurement columns and, where printed, the
/// operating/subsidiary/remittance columns.
/// </summary>
public class FunctionalExpenditureFact : AmountFact
{
    /// <summary>The subject; null for the department total row.</summary>
    public int? FunctionalSubjectId { get; set; }
    /// <summary>Navigation to the subject.</summary>
    public FunctionalSubject? FunctionalSubject { get; set; }
    /// <summary>支出总计, yuan.</summary>
    public long TotalYuan { get; set; }
    /// <summary>基本支出, yuan.</summary>
    public long BasicYuan { get; set; }
    /// <summary>项目支出, yuan.</summary>
    public long ProjectYuan { get; set; }
    /// <summary>事业单位经营支出, yuan (where printed).</summary>
    public long? OperatingYuan { get; set; }
    /// <summary>对附属单位补助支出, yuan (where printed).</summary>
    public long? SubsidyToAffiliatesYuan { get; set; }
    /// <summary>上缴上级支出, yuan (where printed).</summary>
    public long? RemittanceYuan { get; set; }
    /// <summary>一般公共预算 column of a 财政拨款收支总表 printed by fund (national template), yuan.</summary>
    public long? GeneralBudgetYuan { get; set; }
    /// <summary>政府性基金预算 column of that table, yuan.</summary>
    public long? GovernmentFundYuan { get; set; }
    /// <summary>国有资本经营预算 column of that table, yuan.</summary>
    public long? StateCapitalYuan { get; set; }
    /// <summary>政府采购项目 小计, yuan (支出总表 only).</summary>
    public long? ProcurementYuan { get; set; }
    /// <summary>其中：面向中小企业政府采购项目, yuan.</summary>
    public long? ProcurementSmeYuan { get; set; }
    /// <summary>其中：面向小型、微型企业政府采购项目, yuan.</summary>
    public long? ProcurementMicroYuan { get; set; }
}
