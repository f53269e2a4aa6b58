using BudgetGraph.GraphQL.Language;

namespace BudgetGraph.GraphQL.Validation.Rules;

/// <summary>
/// 5.5.1.4 Fragments Must Be Used — <see href="https://spec.graphql.org/September2025/#sec-Fragments-Must-Be-Used"/>:
/// "For each fragment defined in the document: fragment must be the target of at least one spread in the
/// document." A spread counts when some operation reaches it.
/// </summary>
public sealed class NoUnusedFragmentsRule : ValidationVisitor
{
    private readonly List<OperationDefinitionNode> _operations = new();
    private readonly List<FragmentDefinitionNode> _fragments = new();

    /// <summary>Creates the rule's visitor.</summary>
    public NoUnusedFragmentsRule(ValidationContext context) : base(context)
    {
    }

    /// <inheritdoc />
    public override VisitorAction Enter(Node node)
    {
        switch (node)
        {
            case OperationDefinitionNode operation:
                _operations.Add(operation);
                return VisitorAction.Skip;
            case FragmentDefinitionNode fragment:
                _fragments.Add(fragment);
                return VisitorAction.Skip;
            default:
                return VisitorAction.Continue;
        }
    }

    /// <inheritdoc />
    public override VisitorAction Leave(Node node)
    {
        if (node is DocumentNode)
        {
            var used = Context.GetRecursivelyReferencedFragmentsForOperations(_operations)
                .Select(f => f.Name.Value).ToHashSet(StringComparer.Ordinal);
            foreach (var fragment in _fragments)
            {
                if (!used.Contains(fragment.Name.Value))
                {
                    Report($"Fragment \"{fragment.Name.Value}\" is never used.", fragment);
                }
            }
        }
        return VisitorAction.Continue;
    }
}
