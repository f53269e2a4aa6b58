using BudgetGraph.GraphSchema.Provenance;
using BudgetGraph.GraphSchema;

namespace BudgetGraph.GraphSchema.Budgets;

/// <summary>A department-year: the key of most loaders.</summary>
public readonly record struct DepartmentYear(int DepartmentId, int Year);

/// <summary>
/// A department's budget for a year at a stage: the total of the figures mart (the budget document's, or for a year
/// without one the evaluation report's; adjusted and actual from the report).
/// </summary>
/// <param name="Source">Where the totals are printed; null when loaded for a selection without <c>source</c>.</param>
public sealed record BudgetNode(int DepartmentId, string DepartmentCode, int Year, BudgetStage Stage, long TotalYuan, long BasicYuan, long ProjectYuan, SourceRef? Source)
{
    /// <summary>The loader key.</summary>
    public DepartmentYear Key => new(DepartmentId, Year);
}

/// <summary>A fiscal year and how many documents are about it.</summary>
public sealed record FiscalYearNode(int Year, int Documents);
