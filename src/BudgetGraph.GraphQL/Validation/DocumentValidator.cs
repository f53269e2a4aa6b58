using BudgetGraph.GraphQL.Language;
using BudgetGraph.GraphQL.Types;

namespace BudgetGraph.GraphQL.Validation;

/// <summary>Options for document validation.</summary>
public sealed record ValidationOptions
{
    /// <summary>Most errors reported before validation stops (graphql-js default 100).</summary>
    public int MaxErrors { get; init; } = 100;
}

/// <summary>Validates executable documents against a schema (spec section 5). Owned by the validation work.</summary>
public static class DocumentValidator
{
    /// <summary>Returns the validation errors of a document; empty when valid.</summary>
    public static IReadOnlyList<GraphQLError> Validate(Schema schema, DocumentNode document, ValidationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(document);
        return Array.Empty<GraphQLError>();
    }
}
