using HotChocolate.Execution.Processing;
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
    // A fragment spread whose definition is not at hand nests without bound (small enough that adding to it cannot overflow).
    private const int UnboundedDepth = int.MaxValue / 2;

    private readonly IReadOnlyList<FieldNode> _fields;
    private readonly Dictionary<string, FragmentDefinitionNode>? _fragments;

    private SelectionInspector(IReadOnlyList<FieldNode> fields, Dictionary<string, FragmentDefinitionNode>? fragments)
    {
        _fields = fields;
        _fragments = fragments;
    }

    /// <summary>The inspector of the field <paramref name="ctx"/> resolves.</summary>
    public static SelectionInspector Of(IResolverContext ctx) => new(FieldsOf(ctx.Selection),
        ctx.Operation.Document.Definitions.OfType<FragmentDefinitionNode>().ToDictionary(f => f.Name.Value));

    /// <summary>
    /// The inspector of a compiled selection outside a resolver (an operation compiler step), where the document's fragment
    /// definitions are not at hand: a fragment spread below it counts as selecting every field and nesting without bound,
    /// the over-approximation above. (HotChocolate hands its compiler the fields with their spreads inlined.)
    /// </summary>
    public static SelectionInspector Of(Selection selection) => new(FieldsOf(selection), null);

    private static List<FieldNode> FieldsOf(Selection selection)
    {
        var fields = new List<FieldNode>();
        foreach (var node in selection.SyntaxNodes)
        {
            fields.Add(node.Node);
        }
        return fields;
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
            FragmentSpreadNode spread => Spread(spread, spreading, f => Depth(f.SelectionSet, fieldName, spreading), 0, UnboundedDepth),
            _ => 0,
        }).DefaultIfEmpty(0).Max();

    private bool Any(SelectionSetNode? set, IReadOnlyCollection<string> fieldNames, HashSet<string> spreading) =>
        set is not null && set.Selections.Any(s => s switch
        {
            FieldNode field => fieldNames.Contains(field.Name.Value) || Any(field.SelectionSet, fieldNames, spreading),
            InlineFragmentNode inline => Any(inline.SelectionSet, fieldNames, spreading),
            FragmentSpreadNode spread => Spread(spread, spreading, f => Any(f.SelectionSet, fieldNames, spreading), false, true),
            _ => false,
        });

    // `none`: a spread that adds nothing (a cycle); `unknown`: a spread whose definition is not at hand.
    private T Spread<T>(FragmentSpreadNode spread, HashSet<string> spreading, Func<FragmentDefinitionNode, T> inspect, T none, T unknown)
    {
        if (_fragments is null)
        {
            return unknown;
        }
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
