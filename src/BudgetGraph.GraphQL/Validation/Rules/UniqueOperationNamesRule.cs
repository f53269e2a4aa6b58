using BudgetGraph.GraphQL.Language;

namespace BudgetGraph.GraphQL.Validation.Rules;

/// <summary>
/// 5.2.2.1 Operation Name Uniqueness — <see href="https://spec.graphql.org/September2025/#sec-Operation-Name-Uniqueness"/>:
/// "Each named operation definition must be unique within a document when referred to by its name."
/// </summary>
public sealed class UniqueOperationNamesRule : ValidationVisitor
{
    private readonly Dictionary<string, NameNode> _known = new(StringComparer.Ordinal);

    /// <summary>Creates the rule's visitor.</summary>
    public UniqueOperationNamesRule(ValidationContext context) : base(context)
    {
    }

    /// <inheritdoc />
    public override VisitorAction Enter(Node node)
    {
        switch (node)
        {
            case OperationDefinitionNode { Name: { } name }:
                if (_known.TryGetValue(name.Value, out var first))
                {
                    Report($"There can be only one operation named \"{name.Value}\".", first, name);
                }
                else
                {
                    _known[name.Value] = name;
                }
                return VisitorAction.Skip;
            case ExecutableDefinitionNode:
                return VisitorAction.Skip;
            default:
                return VisitorAction.Continue;
        }
    }
}
