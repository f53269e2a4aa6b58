using System.Runtime.CompilerServices;
using BudgetGraph.GraphQL.Language;

namespace BudgetGraph.GraphQL.Validation.Rules;

/// <summary>
/// graphql-js's recommended MaxIntrospectionDepthRule (not in the specification): an introspection query
/// (<c>__schema</c> or <c>__type</c>) may nest the list fields <c>fields</c>, <c>interfaces</c>,
/// <c>possibleTypes</c> and <c>inputFields</c> at most two deep, following fragment spreads, so that a
/// small query cannot make the server expand the schema exponentially.
/// </summary>
public sealed class MaxIntrospectionDepthRule : ValidationVisitor
{
    /// <summary>The nesting of the list fields at which a query is rejected.</summary>
    public const int MaxListsDepth = 3;

    // Per fragment, the smallest entry depth known to exceed the limit and the largest known not to.
    private readonly Dictionary<string, int> _exceeded = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _checked = new(StringComparer.Ordinal);

    /// <summary>Creates the rule's visitor.</summary>
    public MaxIntrospectionDepthRule(ValidationContext context) : base(context)
    {
    }

    /// <inheritdoc />
    public override VisitorAction Enter(Node node)
    {
        if (node is FieldNode { Name.Value: "__schema" or "__type" } field &&
            ExceedsDepth(field, new Dictionary<string, int>(StringComparer.Ordinal), 0))
        {
            Report("Maximum introspection depth exceeded", field);
            return VisitorAction.Skip;
        }
        return VisitorAction.Continue;
    }

    private bool ExceedsDepth(Node node, Dictionary<string, int> visited, int depth)
    {
        RuntimeHelpers.EnsureSufficientExecutionStack();
        if (node is FragmentSpreadNode spread)
        {
            var name = spread.Name.Value;
            if (_exceeded.TryGetValue(name, out var exceededAt) && exceededAt <= depth)
            {
                return true;
            }
            if ((visited.TryGetValue(name, out var visitedAt) && visitedAt >= depth) ||
                (_checked.TryGetValue(name, out var checkedAt) && checkedAt >= depth))
            {
                return false;
            }
            if (Context.GetFragment(name) is not { } fragment)
            {
                return false;
            }
            visited[name] = depth;
            if (ExceedsDepth(fragment, visited, depth))
            {
                _exceeded[name] = depth;
                return true;
            }
            _checked[name] = depth;
            return false;
        }
        if (node is FieldNode { Name.Value: "fields" or "interfaces" or "possibleTypes" or "inputFields" })
        {
            depth++;
            if (depth >= MaxListsDepth)
            {
                return true;
            }
        }
        var selectionSet = node switch
        {
            FieldNode f => f.SelectionSet,
            InlineFragmentNode i => i.SelectionSet,
            FragmentDefinitionNode d => d.SelectionSet,
            _ => null,
        };
        if (selectionSet is not null)
        {
            foreach (var child in selectionSet.Selections)
            {
                if (ExceedsDepth(child, visited, depth))
                {
                    return true;
                }
            }
        }
        return false;
    }
}
