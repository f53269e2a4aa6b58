using BudgetGraph.GraphQL.Language;

namespace BudgetGraph.GraphQL.Validation.Rules;

/// <summary>
/// 5.5.1.1 Fragment Name Uniqueness — <see href="https://spec.graphql.org/September2025/#sec-Fragment-Name-Uniqueness"/>:
/// "Fragment definitions are referenced in fragment spreads by name. To avoid ambiguity, each fragment's
/// name must be unique within a document."
/// </summary>
public sealed class UniqueFragmentNamesRule : ValidationVisitor
{
    private readonly Dictionary<string, NameNode> _known = new(StringComparer.Ordinal);

    /// <summary>Creates the rule's visitor.</summary>
    public UniqueFragmentNamesRule(ValidationContext context) : base(context)
    {
    }

    /// <inheritdoc />
    public override VisitorAction Enter(Node node)
    {
        switch (node)
        {
            case FragmentDefinitionNode fragment:
                if (_known.TryGetValue(fragment.Name.Value, out var first))
                {
                    Report($"There can be only one fragment named \"{fragment.Name.Value}\".", first, fragment.Name);
                }
                else
                {
                    _known[fragment.Name.Value] = fragment.Name;
                }
                return VisitorAction.Skip;
            case OperationDefinitionNode:
                return VisitorAction.Skip;
            default:
                return VisitorAction.Continue;
        }
    }
}
