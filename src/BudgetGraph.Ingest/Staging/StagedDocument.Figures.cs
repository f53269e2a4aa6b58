namespace BudgetGraph.Ingest.Staging;

/// <summary>An evaluation report's closing score ("评分 97.62 分，绩效评级为“优”").</summary>
public sealed record StagedScore(decimal Score, string Grade, int Line);

/// <summary>The narrative figures beyond tables: the evaluation report's score.</summary>
public sealed partial class StagedDocument
{
    /// <summary>The evaluation report's score (null for budgets).</summary>
    public StagedScore? Score { get; set; }
}
