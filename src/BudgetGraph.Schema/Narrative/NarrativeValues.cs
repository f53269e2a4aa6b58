using System.Linq.Expressions;
using BudgetGraph.GraphSchema.Provenance;
using BudgetGraph.Warehouse.Facts;

namespace BudgetGraph.GraphSchema.Narrative;

/// <summary>A named figure of a budget's narrative.</summary>
public sealed record NarrativeFigureValue(NarrativeFigureKind Kind, string Label, long? AmountYuan, long? ChangeYuan, int? ComparedYear, SourceRef Source)
{
    /// <summary>The percentage printed with the figure, exact and signed (−5.7 for 下降 5.7%), with its printed decimals.</summary>
    public decimal? Percent => NarrativeFigureFact.PercentOf(PercentTenThousandths, PercentDecimals);
    /// <summary>The stored percentage, ten-thousandths of a percent.</summary>
    public int? PercentTenThousandths { get; init; }
    /// <summary>How many decimals the document printed <see cref="Percent"/> with (null when unknown).</summary>
    public int? PercentDecimals { get; init; }
    /// <summary>What <see cref="Percent"/> compares.</summary>
    public NarrativeComparison? Comparison { get; init; }
    /// <summary>For a share, the label of the whole.</summary>
    public string? ShareOf { get; init; }

    /// <summary>The projection from the fact.</summary>
    public static readonly Expression<Func<NarrativeFigureFact, SourceRef, NarrativeFigureValue>> Projection = (f, s) =>
        new NarrativeFigureValue(f.Kind, f.Label, f.AmountYuan, f.ChangeYuan, f.ComparedYear, s)
        {
            PercentTenThousandths = f.PercentTenThousandths, PercentDecimals = f.PercentDecimals, Comparison = f.Comparison, ShareOf = f.BaseLabel,
        };
}

/// <summary>A numbered output or outcome of an evaluation report.</summary>
public sealed record EvaluationStatementValue(EvaluationStatementKind Kind, int Ordinal, string Text, SourceRef Source)
{
    /// <summary>The projection from the fact.</summary>
    public static readonly Expression<Func<EvaluationStatementFact, SourceRef, EvaluationStatementValue>> Projection = (f, s) =>
        new EvaluationStatementValue(f.Kind, f.Ordinal, f.Text, s);
}

/// <summary>An evaluation report's closing score.</summary>
public sealed record EvaluationScoreValue(int ScoreHundredths, string Grade, SourceRef Source)
{
    /// <summary>The projection from the fact.</summary>
    public static readonly Expression<Func<EvaluationScoreFact, SourceRef, EvaluationScoreValue>> Projection = (f, s) =>
        new EvaluationScoreValue(f.ScoreHundredths, f.Grade, s);
}

/// <summary>The descriptions of <see cref="NarrativeFigureKind"/>'s values, the same on both engines.</summary>
public static class NarrativeFigureKinds
{
    /// <summary>What the kind of figure is and where the narrative states it.</summary>
    public static string Describe(NarrativeFigureKind kind) => kind switch
    {
        NarrativeFigureKind.ProjectGroupChange => "A group of projects against the prior year (履职类项目 … 较 2022 年度增加 …).",
        NarrativeFigureKind.NewProject => "A project new this year with its budget (新增 …; … 年无相关预算).",
        NarrativeFigureKind.ProcurementTotal => "第四部分: the procurement budget in all (政府采购).",
        NarrativeFigureKind.ProcurementGoods => "第四部分: goods (货物采购).",
        NarrativeFigureKind.ProcurementWorks => "第四部分: works (工程采购).",
        NarrativeFigureKind.ProcurementServices => "第四部分: services (服务采购).",
        NarrativeFigureKind.KeyProject => "第七部分: a key project (重点项目) with its budget (预算数).",
        NarrativeFigureKind.Statement => "Any figure the prose states about a subject, as printed: amount, change against a year and the percentage printed with it.",
        _ => "第八部分: 机关运行经费 (财政拨款预算), with its change when stated.",
    };

    /// <summary>The field descriptions of a figure's percentage, the same on both engines.</summary>
    public const string PercentDescription = "The percentage printed with the figure, exact and signed (-5.7 for 下降 5.7%), when stated.";

    /// <summary>See <see cref="PercentDescription"/>.</summary>
    public const string ComparisonDescription = "What `percent` compares: the change against `comparedYear`, or a share of `shareOf`.";

    /// <summary>See <see cref="PercentDescription"/>.</summary>
    public const string ShareOfDescription = "For a share (占 …%), the label of the whole stated before it.";

    /// <summary>What a percentage compares.</summary>
    public static string Describe(NarrativeComparison comparison) => comparison == NarrativeComparison.PriorYear
        ? "The change against `comparedYear` over that year's amount (增长 / 下降 …%)."
        : "The amount's share of the whole named by `shareOf` (占 …%).";
}
