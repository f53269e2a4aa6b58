namespace BudgetGraph.Warehouse.Facts;

/// <summary>Measures of budget execution stated in an evaluation report.</summary>
public enum ExecutionMeasure
{
    /// <summary>The whole budget (部门预算).</summary>
    Total,
    /// <summary>基本支出.</summary>
    Basic,
    /// <summary>项目支出.</summary>
    Project,
    /// <summary>政府采购.</summary>
    Procurement,
    /// <summary>日常公用经费.</summary>
    DailyOperations,
    /// <summary>“三公”经费 (rates only; amounts are in <see cref="ThreePublicFact"/>).</summary>
    ThreePublic,
    /// <summary>固定资产 (利用率: in use over original value; rates only).</summary>
    FixedAssets,
    /// <summary>绩效监控 (覆盖率: projects monitored; rates only).</summary>
    PerformanceMonitoring,
}

/// <summary>
/// Budget execution from an evaluation report. Grain: one row per document × measure × stage
/// (initial budget, adjusted budget, actual).
/// </summary>
public class ExecutionFact : AmountFact
{
    /// <summary>Which budget.</summary>
    public ExecutionMeasure Measure { get; set; }
    /// <summary>Amount, yuan.</summary>
    public long AmountYuan { get; set; }
}

/// <summary>
/// A rate stated in an evaluation report (执行率, 控制率). Grain: one row per document × measure.
/// The rate is kept as published, in hundredths of a percent (96.25% = 9625), never recomputed.
/// </summary>
public class ExecutionRateFact : Fact
{
    /// <summary>Which budget the rate is about.</summary>
    public ExecutionMeasure Measure { get; set; }
    /// <summary>The published rate in hundredths of a percent.</summary>
    public int RateBasisPoints { get; set; }
}
