using HotChocolate.Language;
using HotChocolate.Resolvers;

namespace BudgetGraph.GraphSchema.Shared;

/// <summary>
/// Questions a resolver asks about the selection below its field before it loads anything (how deep a field nests,
/// whether a field is selected at all), answered from the document: the field's syntax nodes, their inline fragments
/// and fragment spreads. Answers over-approximate what execution reads, never under-approximate it: type conditions,
/// @skip and @include are ignored and fields are matched by name, so a resolver that loads by them never misses data.
/// </summary>
public sealed class SelectionInspector
{
    private readonly IReadOnlyList<FieldNode> _fields;
    private readonly Dictionary<string, FragmentDefinitionNode> _fragments;

    private SelectionInspector(IReadOnlyList<FieldNode> fields, Dictionary<string, FragmentDefinitionNode> fragments)
    {
        _fields = fields;
        _fragments = fragments;
    }

    /// <summary>The inspector of the field <paramref name="ctx"/> resolves.</summary>
    public static SelectionInspector Of(IResolverContext ctx)
    {
        var fragments = ctx.Operation.Document.Definitions.OfType<FragmentDefinitionNode>().ToDictionary(f => f.Name.Value);
        var fields = new List<FieldNode>();
        foreach (var node in ctx.Selection.SyntaxNodes)
        {
            fields.Add(node.Node);
        }
        return new SelectionInspector(fields, fragments);
    }

    /// <summary>The greatest number of fields named <paramref name="fieldName"/> on one chain of nested fields below the field.</summary>
    public int NestingDepth(string fieldName) => _fields.Select(f => Depth(f.SelectionSet, fieldName, [])).DefaultIfEmpty(0).Max();

    /// <summary>Whether a field with one of <paramref name="fieldNames"/> is selected anywhere below the field.</summary>
    public bool SelectsAny(IReadOnlyCollection<string> fieldNames) => _fields.Any(f => Any(f.SelectionSet, fieldNames, []));

    // Validation rejects fragment cycles before execution; `spreading` guards anyway (a cycle adds nothing).
    private int Depth(SelectionSetNode? set, string fieldName, HashSet<string> spreading) =>
        set is null ? 0 : set.Selections.Select(s => s switch
        {
            FieldNode field => (field.Name.Value == fieldName ? 1 : 0) + Depth(field.SelectionSet, fieldName, spreading),
            InlineFragmentNode inline => Depth(inline.SelectionSet, fieldName, spreading),
            FragmentSpreadNode spread => Spread(spread, spreading, f => Depth(f.SelectionSet, fieldName, spreading), 0),
            _ => 0,
        }).DefaultIfEmpty(0).Max();

    private bool Any(SelectionSetNode? set, IReadOnlyCollection<string> fieldNames, HashSet<string> spreading) =>
        set is not null && set.Selections.Any(s => s switch
        {
            FieldNode field => fieldNames.Contains(field.Name.Value) || Any(field.SelectionSet, fieldNames, spreading),
            InlineFragmentNode inline => Any(inline.SelectionSet, fieldNames, spreading),
            FragmentSpreadNode spread => Spread(spread, spreading, f => Any(f.SelectionSet, fieldNames, spreading), false),
            _ => false,
        });

    private T Spread<T>(FragmentSpreadNode spread, HashSet<string> spreading, Func<FragmentDefinitionNode, T> inspect, T none)
    {
        var name = spread.Name.Value;
        if (!_fragments.TryGetValue(name, out var fragment) || !spreading.Add(name))
        {
            return none;
        }
        var result = inspect(fragment);
        spreading.Remove(name);
        return result;
    }
}
