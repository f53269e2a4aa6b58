namespace BudgetGraph.GraphQL.Execution;

/// <summary>Placeholder; replaced by the executor's context.</summary>
public sealed class ResolveContext
{
}
