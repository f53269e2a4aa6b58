using BudgetGraph.GraphQL.Language;

namespace BudgetGraph.GraphQL.Validation.Rules;

/// <summary>
/// 5.2.1.1 Operation Type Existence — <see href="https://spec.graphql.org/September2025/#sec-Operation-Type-Existence"/>:
/// "For each operation definition operation in the document: Let rootOperationType be the root operation
/// type in schema corresponding to the kind of operation. rootOperationType must exist."
/// </summary>
public sealed class KnownOperationTypesRule : ValidationVisitor
{
    /// <summary>Creates the rule's visitor.</summary>
    public KnownOperationTypesRule(ValidationContext context) : base(context)
    {
    }

    /// <inheritdoc />
    public override VisitorAction Enter(Node node)
    {
        if (node is OperationDefinitionNode operation && Context.Schema.GetRootType(operation.Operation) is null)
        {
            Report($"The {OperationName(operation.Operation)} operation is not supported by the schema.", operation);
        }
        return VisitorAction.Continue;
    }

    /// <summary>The keyword of an operation type (<c>query</c>, <c>mutation</c>, <c>subscription</c>).</summary>
    internal static string OperationName(OperationType operation) => operation switch
    {
        OperationType.Query => "query",
        OperationType.Mutation => "mutation",
        _ => "subscription",
    };
}
