using System.Runtime.CompilerServices;
using BudgetGraph.GraphQL.Language;

namespace BudgetGraph.GraphQL.Validation.Rules;

/// <summary>
/// 5.5.2.2 Fragment Spreads Must Not Form Cycles — <see href="https://spec.graphql.org/September2025/#sec-Fragment-Spreads-Must-Not-Form-Cycles"/>:
/// "The graph of fragment spreads must not form any cycles including spreading itself."
/// Each fragment is explored once; a cycle is reported with the spreads that form it.
/// </summary>
public sealed class NoFragmentCyclesRule : ValidationVisitor
{
    private readonly HashSet<string> _visited = new(StringComparer.Ordinal);
    private readonly List<FragmentSpreadNode> _spreadPath = new();
    private readonly Dictionary<string, int> _spreadPathIndexByName = new(StringComparer.Ordinal);

    /// <summary>Creates the rule's visitor.</summary>
    public NoFragmentCyclesRule(ValidationContext context) : base(context)
    {
    }

    /// <inheritdoc />
    public override VisitorAction Enter(Node node)
    {
        switch (node)
        {
            case OperationDefinitionNode:
                return VisitorAction.Skip;
            case FragmentDefinitionNode fragment:
                DetectCycles(fragment);
                return VisitorAction.Skip;
            default:
                return VisitorAction.Continue;
        }
    }

    // Recursion depth is the number of distinct fragments on the current path (guarded against stack exhaustion).
    private void DetectCycles(FragmentDefinitionNode fragment)
    {
        RuntimeHelpers.EnsureSufficientExecutionStack();
        var fragmentName = fragment.Name.Value;
        if (!_visited.Add(fragmentName))
        {
            return;
        }
        var spreads = Context.GetFragmentSpreads(fragment.SelectionSet);
        if (spreads.Count == 0)
        {
            return;
        }
        _spreadPathIndexByName[fragmentName] = _spreadPath.Count;
        foreach (var spread in spreads)
        {
            var spreadName = spread.Name.Value;
            _spreadPath.Add(spread);
            if (!_spreadPathIndexByName.TryGetValue(spreadName, out var cycleIndex))
            {
                if (Context.GetFragment(spreadName) is { } target)
                {
                    DetectCycles(target);
                }
            }
            else
            {
                var cyclePath = _spreadPath.GetRange(cycleIndex, _spreadPath.Count - cycleIndex);
                var via = string.Join(", ", cyclePath.Take(cyclePath.Count - 1).Select(s => "\"" + s.Name.Value + "\""));
                Report($"Cannot spread fragment \"{spreadName}\" within itself" + (via.Length > 0 ? $" via {via}." : "."), cyclePath.ToArray<Node>());
            }
            _spreadPath.RemoveAt(_spreadPath.Count - 1);
        }
        _spreadPathIndexByName.Remove(fragmentName);
    }
}
