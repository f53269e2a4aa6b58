using BudgetGraph.GraphQL.Language;

namespace BudgetGraph.GraphQL.Validation.Rules;

/// <summary>
/// 5.8.1 Variable Uniqueness — <see href="https://spec.graphql.org/September2025/#sec-Variable-Uniqueness"/>:
/// "If any operation defines more than one variable with the same name, it is ambiguous and invalid."
/// </summary>
public sealed class UniqueVariableNamesRule : ValidationVisitor
{
    /// <summary>Creates the rule's visitor.</summary>
    public UniqueVariableNamesRule(ValidationContext context) : base(context)
    {
    }

    /// <inheritdoc />
    public override VisitorAction Enter(Node node)
    {
        if (node is OperationDefinitionNode operation)
        {
            foreach (var group in operation.VariableDefinitions.GroupBy(v => v.Variable.Name.Value, StringComparer.Ordinal))
            {
                var definitions = group.ToList();
                if (definitions.Count > 1)
                {
                    Report($"There can be only one variable named \"${group.Key}\".", definitions.Select(d => (Node)d.Variable.Name).ToArray());
                }
            }
        }
        return VisitorAction.Continue;
    }
}
