namespace BudgetGraph.Warehouse.Facts;

/// <summary>What a named figure of a budget's narrative (文字部分) is.</summary>
public enum NarrativeFigureKind
{
    /// <summary>A group of projects against the prior year ("履职类项目 2023 年度预算资金较 2022 年度增加 34,591 万元").</summary>
    ProjectGroupChange,
    /// <summary>A project new this year with its budget ("新增 … 数据治理及大数据应用项目 360 万元", "2022 年无相关预算，2023 年预算 8,248 万元").</summary>
    NewProject,
    /// <summary>第四部分: the procurement budget in all.</summary>
    ProcurementTotal,
    /// <summary>第四部分: 货物采购.</summary>
    ProcurementGoods,
    /// <summary>第四部分: 工程采购.</summary>
    ProcurementWorks,
    /// <summary>第四部分: 服务采购.</summary>
    ProcurementServices,
    /// <summary>第八部分: 机关运行经费 (财政拨款预算), with its change against the prior year when stated.</summary>
    OperatingFunds,
    /// <summary>第七部分: a key project (重点项目) listed with its budget (项目名称 / 预算数 / 绩效目标).</summary>
    KeyProject,
    /// <summary>
    /// Any figure the prose states about a subject, as printed: its amount ("人员支出 1,841 万元"), its change against a
    /// year ("比 2023 年减少 3,577 万元") and the percentage printed with it ("下降 5.7%", "占 92.8%"). Every figure of
    /// the 文字部分 has one, whatever other fact also reads it (a category, a line item, a prior-year statement).
    /// </summary>
    Statement,
}

/// <summary>What a printed percentage compares.</summary>
public enum NarrativeComparison
{
    /// <summary>The change against <see cref="NarrativeFigureFact.ComparedYear"/> over the earlier year's amount ("增长 7.0%", "下降 5.7%").</summary>
    PriorYear,
    /// <summary>The amount's share of a whole stated before it (<see cref="NarrativeFigureFact.BaseLabel"/>; "占 92.8%").</summary>
    ShareOfWhole,
}

/// <summary>
/// A named figure stated in a budget's narrative, as printed. Grain: one row per document × statement.
/// <see cref="ChangeYuan"/> is the stated change against <see cref="ComparedYear"/> (negative for 减少); a
/// statement may give the amount, the change or both.
/// </summary>
public class NarrativeFigureFact : AmountFact
{
    /// <summary>What the figure is.</summary>
    public NarrativeFigureKind Kind { get; set; }
    /// <summary>The name as printed (quotation marks kept), or the measure's Chinese name.</summary>
    public required string Label { get; set; }
    /// <summary>The amount, yuan, when stated.</summary>
    public long? AmountYuan { get; set; }
    /// <summary>The stated change against <see cref="ComparedYear"/>, yuan, when stated.</summary>
    public long? ChangeYuan { get; set; }
    /// <summary>The year the change is stated against.</summary>
    public int? ComparedYear { get; set; }
    /// <summary>
    /// The printed percentage in ten-thousandths of a percent (57,000 for "5.7%"); negative when the text says 下降 or
    /// 减少. Stored as an integer like every figure of the warehouse, so that no provider reads back another scale.
    /// </summary>
    public int? PercentTenThousandths { get; set; }
    /// <summary>The printed percentage, exact (5.7 for "5.7%"): <see cref="PercentTenThousandths"/> read or written as a decimal (not mapped).</summary>
    public decimal? Percent
    {
        get => PercentOf(PercentTenThousandths, PercentDecimals);
        set => PercentTenThousandths = value is { } v ? checked((int)(v * 10_000m)) is var t && t == v * 10_000m ? t
            : throw new ArgumentOutOfRangeException(nameof(value), v, "A percentage is stored to four decimals; this one has more.") : null;
    }
    /// <summary>
    /// The one rule turning a stored percentage into the printed one: ten-thousandths to a decimal with the decimals the
    /// document printed (5.7, not 5.7000, for "5.7%"); all four when the printed decimals are unknown.
    /// </summary>
    public static decimal? PercentOf(int? tenThousandths, int? printedDecimals) => tenThousandths is { } t
        // Scale 4 first (t / 10,000 would drop trailing zeros), then rounding to the printed decimals sets the scale:
        // "12.50%" answers 12.50.
        ? decimal.Round(new decimal(Math.Abs(t), 0, 0, t < 0, 4), printedDecimals ?? 4)
        : null;
    /// <summary>The decimals the percentage was printed with (1 for "5.7%", 0 for "12%"): the rounding it carries.</summary>
    public int? PercentDecimals { get; set; }
    /// <summary>What <see cref="Percent"/> compares (null without a percentage).</summary>
    public NarrativeComparison? Comparison { get; set; }
    /// <summary>For a share: the label of the whole it is a share of, as read ("收入预算").</summary>
    public string? BaseLabel { get; set; }
}

/// <summary>
/// The closing score of an evaluation report ("整体支出绩效评价评分 97.62 分，绩效评级为“优”"). Grain: one row
/// per report. The score is kept as published, in hundredths of a point.
/// </summary>
public class EvaluationScoreFact : Fact
{
    /// <summary>The score in hundredths of a point (97.62 = 9762).</summary>
    public int ScoreHundredths { get; set; }
    /// <summary>The grade as printed (优, 良, 中, 差).</summary>
    public required string Grade { get; set; }
}

/// <summary>What a numbered statement of an evaluation report reports.</summary>
public enum EvaluationStatementKind
{
    /// <summary>An output: an item of 主要履职情况 (what was done).</summary>
    Output,
    /// <summary>An outcome: an item of 效果性 (what it achieved).</summary>
    Outcome,
}

/// <summary>
/// A numbered statement of an evaluation report's outputs (主要履职情况) or outcomes (效果性), as printed.
/// Grain: one row per report × kind × item number.
/// </summary>
public class EvaluationStatementFact : Fact
{
    /// <summary>Output or outcome.</summary>
    public EvaluationStatementKind Kind { get; set; }
    /// <summary>The item's printed number (1 for "1." and "（1）").</summary>
    public int Ordinal { get; set; }
    /// <summary>The item's text as printed (number removed, lines joined, quotation marks kept).</summary>
    public required string Text { get; set; }
}
