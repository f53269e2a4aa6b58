using BudgetGraph.GraphQL.Language;

namespace BudgetGraph.GraphQL.Validation.Rules;

/// <summary>
/// 5.8.3 All Variable Uses Defined — <see href="https://spec.graphql.org/September2025/#sec-All-Variable-Uses-Defined"/>:
/// "Variables are scoped on a per-operation basis. That means that any variable used within the context of
/// an operation must be defined at the top level of that operation." Fragments the operation reaches count
/// as its context.
/// </summary>
public sealed class NoUndefinedVariablesRule : ValidationVisitor
{
    /// <summary>Creates the rule's visitor.</summary>
    public NoUndefinedVariablesRule(ValidationContext context) : base(context)
    {
    }

    /// <inheritdoc />
    public override VisitorAction Enter(Node node)
    {
        if (node is not OperationDefinitionNode operation)
        {
            return VisitorAction.Continue;
        }
        var defined = operation.VariableDefinitions.Select(v => v.Variable.Name.Value).ToHashSet(StringComparer.Ordinal);
        foreach (var usage in Context.GetRecursiveVariableUsages(operation))
        {
            var name = usage.Node.Name.Value;
            if (!defined.Contains(name))
            {
                Report(operation.Name is { } opName
                    ? $"Variable \"${name}\" is not defined by operation \"{opName.Value}\"."
                    : $"Variable \"${name}\" is not defined.", usage.Node, operation);
            }
        }
        return VisitorAction.Continue;
    }
}
