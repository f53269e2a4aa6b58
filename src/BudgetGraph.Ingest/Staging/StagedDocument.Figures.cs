using BudgetGraph.Ingest.Text;
using BudgetGraph.Warehouse.Facts;

namespace BudgetGraph.Ingest.Staging;

/// <summary>An evaluation report's closing score ("评分 97.62 分，绩效评级为“优”").</summary>
public sealed record StagedScore(decimal Score, string Grade, int Line);

/// <summary>
/// A named figure of a budget's narrative: amount and/or change against <paramref name="ComparedYear"/>, printed
/// from <paramref name="FirstLine"/> to <paramref name="Line"/> in the part titled <paramref name="Section"/> ("第二部分 部门预算收支总体情况").
/// </summary>
public sealed record StagedFigure(NarrativeFigureKind Kind, string Label, Amount? Amount, Amount? Change, int? ComparedYear,
    int FirstLine, int Line, string Section)
{
    /// <summary>The percentage printed with the figure ("下降 5.7%" is −5.7 with one decimal), and what it compares.</summary>
    public (decimal Value, int Decimals, NarrativeComparison Comparison)? Percent { get; init; }

    /// <summary>For a share: the label of the whole it is a share of.</summary>
    public string? BaseLabel { get; init; }
}

/// <summary>A numbered output or outcome of an evaluation report, printed from <paramref name="FirstLine"/> to <paramref name="Line"/>.</summary>
public sealed record StagedStatement(EvaluationStatementKind Kind, int Ordinal, string Text, int FirstLine, int Line);

/// <summary>The narrative figures beyond tables.</summary>
public sealed partial class StagedDocument
{
    /// <summary>The evaluation report's score (null for budgets).</summary>
    public StagedScore? Score { get; set; }

    /// <summary>The evaluation report's numbered outputs and outcomes.</summary>
    public List<StagedStatement> Statements { get; } = [];

    /// <summary>Named narrative figures (budgets).</summary>
    public List<StagedFigure> Figures { get; } = [];
}
