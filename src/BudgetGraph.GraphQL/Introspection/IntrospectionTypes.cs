using BudgetGraph.GraphQL.Types;

namespace BudgetGraph.GraphQL.Introspection;

/// <summary>Placeholder for the introspection types.</summary>
public static class IntrospectionTypes
{
    /// <summary>__Schema.</summary>
    public static readonly ObjectType Schema = new("__Schema");
}
