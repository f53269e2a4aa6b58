using BudgetGraph.GraphQL.Language;

namespace BudgetGraph.GraphQL.Execution;

/// <summary>
/// Questions a resolver may ask about the selection below its field before it loads anything: how deep a
/// field nests, whether a field is selected at all. Answered from the document alone, through fields,
/// inline fragments and fragment spreads of every field node merged into the response key.
/// <para>
/// Every answer over-approximates what execution will read, never under-approximates it, so a resolver that
/// loads according to it never misses data: type conditions are ignored (every fragment counts, whatever
/// the runtime type), @skip and @include are ignored (treated as selected), fields are matched by name
/// (not alias) on any type, and a nesting depth counts the named field along any chain of nested fields,
/// whatever fields lie between. A fragment cycle (rejected by validation, guarded anyway) makes a depth
/// unbounded (<see cref="int.MaxValue"/>).
/// </para>
/// </summary>
public sealed class SelectionInspector
{
    private readonly IReadOnlyList<FieldNode> _fieldNodes;
    private readonly IReadOnlyDictionary<string, FragmentDefinitionNode> _fragments;

    /// <summary>An inspector of the selections of <paramref name="fieldNodes"/>, spreading <paramref name="fragments"/> by name.</summary>
    public SelectionInspector(IReadOnlyList<FieldNode> fieldNodes, IReadOnlyDictionary<string, FragmentDefinitionNode> fragments)
    {
        _fieldNodes = fieldNodes;
        _fragments = fragments;
    }

    /// <summary>
    /// The greatest number of fields named <paramref name="fieldName"/> on one chain of nested fields below the
    /// inspected field: 0 when it is not selected, 1 for <c>{ children { code } }</c>, 2 for
    /// <c>{ children { children { code } } }</c>; <see cref="int.MaxValue"/> when unbounded (a fragment cycle).
    /// </summary>
    public int NestingDepth(string fieldName)
    {
        var memo = new Dictionary<string, int>();
        var depth = 0;
        foreach (var node in _fieldNodes)
        {
            depth = Math.Max(depth, Depth(node.SelectionSet, fieldName, memo));
        }
        return depth;
    }

    /// <summary>Whether a field with one of <paramref name="fieldNames"/> is selected anywhere below the inspected field.</summary>
    public bool SelectsAny(IReadOnlyCollection<string> fieldNames)
    {
        var memo = new Dictionary<string, bool>();
        foreach (var node in _fieldNodes)
        {
            if (Any(node.SelectionSet, fieldNames, memo))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Marks a fragment whose depth is being computed: meeting it again is a cycle.</summary>
    private const int InProgress = -1;

    private int Depth(SelectionSetNode? set, string fieldName, Dictionary<string, int> memo)
    {
        if (set is null)
        {
            return 0;
        }
        var max = 0;
        foreach (var selection in set.Selections)
        {
            var depth = selection switch
            {
                FieldNode field => SaturatingAdd(field.Name.Value == fieldName ? 1 : 0, Depth(field.SelectionSet, fieldName, memo)),
                InlineFragmentNode inline => Depth(inline.SelectionSet, fieldName, memo),
                FragmentSpreadNode spread => FragmentDepth(spread.Name.Value, fieldName, memo),
                _ => 0,
            };
            max = Math.Max(max, depth);
        }
        return max;
    }

    private int FragmentDepth(string name, string fieldName, Dictionary<string, int> memo)
    {
        if (memo.TryGetValue(name, out var known))
        {
            return known == InProgress ? int.MaxValue : known;
        }
        if (!_fragments.TryGetValue(name, out var fragment))
        {
            return 0; // an unknown fragment selects nothing (and fails validation)
        }
        memo[name] = InProgress;
        var depth = Depth(fragment.SelectionSet, fieldName, memo);
        memo[name] = depth;
        return depth;
    }

    private static int SaturatingAdd(int a, int b) => b > int.MaxValue - a ? int.MaxValue : a + b;

    private bool Any(SelectionSetNode? set, IReadOnlyCollection<string> fieldNames, Dictionary<string, bool> memo)
    {
        if (set is null)
        {
            return false;
        }
        foreach (var selection in set.Selections)
        {
            var found = selection switch
            {
                FieldNode field => fieldNames.Contains(field.Name.Value) || Any(field.SelectionSet, fieldNames, memo),
                InlineFragmentNode inline => Any(inline.SelectionSet, fieldNames, memo),
                FragmentSpreadNode spread => FragmentAny(spread.Name.Value, fieldNames, memo),
                _ => false,
            };
            if (found)
            {
                return true;
            }
        }
        return false;
    }

    private bool FragmentAny(string name, IReadOnlyCollection<string> fieldNames, Dictionary<string, bool> memo)
    {
        if (memo.TryGetValue(name, out var known))
        {
            // While a fragment is being searched its entry is false: meeting it again inside itself adds nothing new.
            return known;
        }
        if (!_fragments.TryGetValue(name, out var fragment))
        {
            return false;
        }
        memo[name] = false;
        var found = Any(fragment.SelectionSet, fieldNames, memo);
        memo[name] = found;
        return found;
    }
}
