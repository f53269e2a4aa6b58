using BudgetGraph.GraphQL.Language;

namespace BudgetGraph.GraphQL.Validation.Rules;

/// <summary>
/// 5.8.4 All Variables Used — <see href="https://spec.graphql.org/September2025/#sec-All-Variables-Used"/>:
/// "All variables defined by an operation must be used in that operation or a fragment transitively
/// included by that operation. Unused variables cause a validation error."
/// </summary>
public sealed class NoUnusedVariablesRule : ValidationVisitor
{
    /// <summary>Creates the rule's visitor.</summary>
    public NoUnusedVariablesRule(ValidationContext context) : base(context)
    {
    }

    /// <inheritdoc />
    public override VisitorAction Enter(Node node)
    {
        if (node is not OperationDefinitionNode operation)
        {
            return VisitorAction.Continue;
        }
        var used = Context.GetRecursiveVariableUsages(operation).Select(u => u.Node.Name.Value).ToHashSet(StringComparer.Ordinal);
        foreach (var definition in operation.VariableDefinitions)
        {
            var name = definition.Variable.Name.Value;
            if (!used.Contains(name))
            {
                Report(operation.Name is { } opName
                    ? $"Variable \"${name}\" is never used in operation \"{opName.Value}\"."
                    : $"Variable \"${name}\" is never used.", definition);
            }
        }
        return VisitorAction.Continue;
    }
}
