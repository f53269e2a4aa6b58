using System.Linq.Expressions;
using BudgetGraph.Api.Budget.Provenance;
using BudgetGraph.Warehouse.Facts;

namespace BudgetGraph.Api.Budget.Budgets;

/// <summary>A prior-year figure stated in the narrative of a later document.</summary>
public sealed record PriorYearStatementValue(StatementSubject Subject, string Label, int Year, long AmountYuan, long? LaterAmountYuan, long? StatedChangeYuan,
    SourceRef Source)
{
    /// <summary>The projection from the fact.</summary>
    public static readonly Expression<Func<PriorYearStatementFact, SourceRef, PriorYearStatementValue>> Projection = (f, s) =>
        new PriorYearStatementValue(f.Subject, f.Label, f.Year, f.AmountYuan, f.LaterAmountYuan, f.StatedChangeYuan, s);
}
