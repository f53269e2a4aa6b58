using BudgetGraph.GraphQL.Language;

namespace BudgetGraph.GraphQL.Validation.Rules;

/// <summary>
/// 5.4.2 Argument Uniqueness — <see href="https://spec.graphql.org/September2025/#sec-Argument-Uniqueness"/>:
/// "Fields and directives treat arguments as a mapping of argument name to value. More than one argument
/// with the same name in an argument set is ambiguous and invalid."
/// </summary>
public sealed class UniqueArgumentNamesRule : ValidationVisitor
{
    /// <summary>Creates the rule's visitor.</summary>
    public UniqueArgumentNamesRule(ValidationContext context) : base(context)
    {
    }

    /// <inheritdoc />
    public override VisitorAction Enter(Node node)
    {
        var arguments = node switch
        {
            FieldNode field => field.Arguments,
            DirectiveNode directive => directive.Arguments,
            _ => null,
        };
        if (arguments is { Count: > 1 })
        {
            foreach (var group in arguments.GroupBy(a => a.Name.Value, StringComparer.Ordinal))
            {
                var nodes = group.ToList();
                if (nodes.Count > 1)
                {
                    Report($"There can be only one argument named \"{group.Key}\".", nodes.Select(a => (Node)a.Name).ToArray());
                }
            }
        }
        return VisitorAction.Continue;
    }
}
