using System.Runtime.CompilerServices;
using System.Text;
using BudgetGraph.GraphQL.Language;
using BudgetGraph.GraphQL.Types;
using BudgetGraph.GraphQL.Utilities;

namespace BudgetGraph.GraphQL.Validation.Rules;

/// <summary>
/// 5.3.2 Field Selection Merging — <see href="https://spec.graphql.org/September2025/#sec-Field-Selection-Merging"/>:
/// "If multiple field selections with the same response names are encountered during execution, the field
/// and arguments to execute and the resulting value should be unambiguous. Therefore any two field selections
/// which might both be encountered for the same object are only valid if they are equivalent."
/// </summary>
/// <remarks>
/// Works like graphql-js 17: fields are collected once per (parent type, selection set); comparisons between
/// a field set and a fragment, between two fragments, and between two fields are each remembered, so every
/// fragment pair is compared once however often it is spread. A complexity budget (500,000 steps) bounds the
/// worst case: a document that needs more stops validation with "Validation aborted.".
/// </remarks>
public sealed class OverlappingFieldsCanBeMergedRule : ValidationVisitor
{
    /// <summary>Longest response name or reason quoted in full; longer ones are cut and end in "...".</summary>
    public const int MaxConflictDetailLength = 1000;

    /// <summary>Most nodes (locations) reported per side of a conflict.</summary>
    public const int MaxConflictNodes = 20;

    /// <summary>Comparison steps allowed per document.</summary>
    public const int MaxComplexityBudget = 500_000;

    private readonly Dictionary<(NamedType?, SelectionSetNode), FieldSet> _fieldSets = new();
    private readonly Dictionary<(FieldSet, FragmentDefinitionNode?), bool> _comparedFieldsAndFragments = new();
    private readonly Dictionary<(FragmentDefinitionNode?, FragmentDefinitionNode?), bool> _comparedFragmentPairs = new();
    private readonly Dictionary<ValueNode, string> _valueKeys = new(ReferenceEqualityComparer.Instance);
    private int _remainingBudget = MaxComplexityBudget;

    /// <summary>Creates the rule's visitor.</summary>
    public OverlappingFieldsCanBeMergedRule(ValidationContext context) : base(context)
    {
    }

    /// <inheritdoc />
    public override VisitorAction Enter(Node node)
    {
        if (node is not SelectionSetNode selectionSet || Context.Parent is InlineFragmentNode)
        {
            // An inline fragment's fields are compared as part of the selection set around it.
            return VisitorAction.Continue;
        }
        if (selectionSet.Selections.Count == 0 ||
            (selectionSet.Selections.Count == 1 && selectionSet.Selections[0] is not InlineFragmentNode))
        {
            return VisitorAction.Continue;
        }
        foreach (var conflict in FindConflictsWithinSelectionSet(Context.ParentType, selectionSet))
        {
            Report($"Fields \"{Abbreviate(conflict.ResponseName)}\" conflict because {conflict.Reason}. Use different aliases on the fields to fetch both if this was intentional.",
                conflict.Fields1.Concat(conflict.Fields2).ToArray<Node>());
        }
        return VisitorAction.Continue;
    }

    // ---- the comparison algorithm ---------------------------------------------------------------------

    private List<Conflict> FindConflictsWithinSelectionSet(NamedType? parentType, SelectionSetNode selectionSet)
    {
        var conflicts = new List<Conflict>();
        var fieldSet = CollectFields(parentType, selectionSet);
        CollectConflictsWithin(conflicts, fieldSet);
        if (fieldSet.Spreads.Count != 0 && (fieldSet.Fields.Count != 0 || fieldSet.Spreads.Count > 1))
        {
            var fragments = FragmentsSpreadIn(fieldSet);
            for (var i = 0; i < fragments.Count; i++)
            {
                CollectConflictsBetweenFieldsAndFragment(conflicts, false, fieldSet, fragments[i]);
                for (var j = i + 1; j < fragments.Count; j++)
                {
                    CollectConflictsBetweenFragments(conflicts, false, fragments[i], fragments[j]);
                }
            }
        }
        return conflicts;
    }

    private void CollectConflictsBetweenFieldsAndFragment(List<Conflict> conflicts, bool mutuallyExclusive, FieldSet fieldSet, FragmentDefinitionNode? fragment)
    {
        RuntimeHelpers.EnsureSufficientExecutionStack();
        Spend(1);
        if (fieldSet.Fields.Count == 0)
        {
            return;
        }
        if (WasCompared(_comparedFieldsAndFragments, (fieldSet, fragment), mutuallyExclusive))
        {
            return;
        }
        _comparedFieldsAndFragments[(fieldSet, fragment)] = mutuallyExclusive;
        if (fragment is null)
        {
            return;
        }
        var fragmentFields = CollectFragmentFields(fragment);
        var referenced = FragmentsSpreadIn(fragmentFields);
        if (ReferenceEquals(fieldSet, fragmentFields))
        {
            return;
        }
        CollectConflictsBetween(conflicts, mutuallyExclusive, fieldSet, fragmentFields);
        foreach (var next in referenced)
        {
            CollectConflictsBetweenFieldsAndFragment(conflicts, mutuallyExclusive, fieldSet, next);
        }
    }

    private void CollectConflictsBetweenFragments(List<Conflict> conflicts, bool mutuallyExclusive, FragmentDefinitionNode? fragment1, FragmentDefinitionNode? fragment2)
    {
        RuntimeHelpers.EnsureSufficientExecutionStack();
        Spend(2);
        if (ReferenceEquals(fragment1, fragment2))
        {
            return;
        }
        if (WasCompared(_comparedFragmentPairs, (fragment1, fragment2), mutuallyExclusive) ||
            WasCompared(_comparedFragmentPairs, (fragment2, fragment1), mutuallyExclusive))
        {
            return;
        }
        _comparedFragmentPairs[(fragment1, fragment2)] = mutuallyExclusive;
        if (fragment1 is null || fragment2 is null)
        {
            return;
        }
        var fields1 = CollectFragmentFields(fragment1);
        var referenced1 = FragmentsSpreadIn(fields1);
        var fields2 = CollectFragmentFields(fragment2);
        var referenced2 = FragmentsSpreadIn(fields2);
        CollectConflictsBetween(conflicts, mutuallyExclusive, fields1, fields2);
        foreach (var next in referenced2)
        {
            CollectConflictsBetweenFragments(conflicts, mutuallyExclusive, fragment1, next);
        }
        foreach (var next in referenced1)
        {
            CollectConflictsBetweenFragments(conflicts, mutuallyExclusive, next, fragment2);
        }
    }

    /// <summary>
    /// A comparison made as "mutually exclusive" (parents can never be the same object) checks less than one
    /// made as not exclusive, so only a non-exclusive record satisfies a non-exclusive request.
    /// </summary>
    private static bool WasCompared<TKey>(Dictionary<TKey, bool> compared, TKey key, bool mutuallyExclusive) where TKey : notnull =>
        compared.TryGetValue(key, out var recorded) && (mutuallyExclusive || !recorded);

    private List<Conflict> FindConflictsBetweenSubSelectionSets(bool mutuallyExclusive, NamedType? parentType1, SelectionSetNode selectionSet1,
        NamedType? parentType2, SelectionSetNode selectionSet2)
    {
        var conflicts = new List<Conflict>();
        var fields1 = CollectFields(parentType1, selectionSet1);
        var fragments1 = FragmentsSpreadIn(fields1);
        var fields2 = CollectFields(parentType2, selectionSet2);
        var fragments2 = FragmentsSpreadIn(fields2);
        CollectConflictsBetween(conflicts, mutuallyExclusive, fields1, fields2);
        foreach (var fragment2 in fragments2)
        {
            CollectConflictsBetweenFieldsAndFragment(conflicts, mutuallyExclusive, fields1, fragment2);
        }
        foreach (var fragment1 in fragments1)
        {
            CollectConflictsBetweenFieldsAndFragment(conflicts, mutuallyExclusive, fields2, fragment1);
        }
        foreach (var fragment1 in fragments1)
        {
            foreach (var fragment2 in fragments2)
            {
                CollectConflictsBetweenFragments(conflicts, mutuallyExclusive, fragment1, fragment2);
            }
        }
        return conflicts;
    }

    private void CollectConflictsWithin(List<Conflict> conflicts, FieldSet fieldSet)
    {
        foreach (var (responseName, fields) in fieldSet.Fields)
        {
            for (var i = 0; i < fields.Count; i++)
            {
                for (var j = i + 1; j < fields.Count; j++)
                {
                    if (FindConflict(false, responseName, fields[i], fields[j]) is { } conflict)
                    {
                        conflicts.Add(conflict);
                    }
                }
            }
        }
    }

    private void CollectConflictsBetween(List<Conflict> conflicts, bool mutuallyExclusive, FieldSet fieldSet1, FieldSet fieldSet2)
    {
        if (fieldSet1.Fields.Count == 0 || fieldSet2.Fields.Count == 0)
        {
            return;
        }
        foreach (var (responseName, fields1, fields2) in OverlappingFields(fieldSet1, fieldSet2))
        {
            foreach (var field1 in fields1)
            {
                foreach (var field2 in fields2)
                {
                    if (FindConflict(mutuallyExclusive, responseName, field1, field2) is { } conflict)
                    {
                        conflicts.Add(conflict);
                    }
                }
            }
        }
    }

    private List<(string ResponseName, List<CollectedField> Fields1, List<CollectedField> Fields2)> OverlappingFields(FieldSet fieldSet1, FieldSet fieldSet2)
    {
        fieldSet1.Overlaps ??= new Dictionary<FieldSet, List<(string, List<CollectedField>, List<CollectedField>)>>();
        if (fieldSet1.Overlaps.TryGetValue(fieldSet2, out var cached))
        {
            return cached;
        }
        var overlaps = new List<(string, List<CollectedField>, List<CollectedField>)>();
        foreach (var (responseName, fields1) in fieldSet1.Fields)
        {
            Spend(1);
            if (fieldSet2.Fields.TryGetValue(responseName, out var fields2))
            {
                overlaps.Add((responseName, fields1, fields2));
            }
        }
        fieldSet1.Overlaps[fieldSet2] = overlaps;
        return overlaps;
    }

    /// <summary>Compares two fields with the same response name; null when they can be merged.</summary>
    private Conflict? FindConflict(bool parentFieldsAreMutuallyExclusive, string responseName, CollectedField field1, CollectedField field2)
    {
        // Fields on two different object types can never both apply to one object: their names and
        // arguments may differ, only the shapes of their results must agree.
        var mutuallyExclusive = parentFieldsAreMutuallyExclusive ||
            (!ReferenceEquals(field1.ParentType, field2.ParentType) && field1.ParentType is ObjectType && field2.ParentType is ObjectType);
        RuntimeHelpers.EnsureSufficientExecutionStack();
        Spend(2);
        var node1 = field1.Node;
        var node2 = field2.Node;
        if (field1.IsSimpleLeaf && field2.IsSimpleLeaf && ReferenceEquals(field1.Definition?.Type, field2.Definition?.Type) &&
            node1.Name.Value == node2.Name.Value)
        {
            return null;
        }
        var info1 = field1.Info;
        var info2 = field2.Info;
        if (!info1.Comparisons.TryGetValue(info2, out var comparison))
        {
            comparison = new Comparison();
            info1.Comparisons[info2] = comparison;
        }
        if (!mutuallyExclusive)
        {
            var name1 = node1.Name.Value;
            var name2 = node2.Name.Value;
            comparison.SameName ??= name1 == name2;
            if (comparison.SameName == false)
            {
                return new Conflict(responseName, $"\"{Abbreviate(name1)}\" and \"{Abbreviate(name2)}\" are different fields", node1, node2);
            }
            comparison.SameArguments ??= SameArguments(info1.Arguments, info2.Arguments);
            if (comparison.SameArguments == false)
            {
                return new Conflict(responseName, "they have differing arguments", node1, node2);
            }
        }
        if (field1.Stream is not null || field2.Stream is not null)
        {
            var reason = "they have overlapping stream directives";
            if (field1.Stream is not null && field2.Stream is not null)
            {
                comparison.SameStreamArguments ??= SameArguments(info1.StreamArguments, info2.StreamArguments);
                if (comparison.SameStreamArguments == true)
                {
                    reason += ". See https://github.com/graphql/defer-stream-wg/discussions/100";
                }
            }
            return new Conflict(responseName, reason, node1, node2);
        }
        var type1 = field1.Definition?.Type;
        var type2 = field2.Definition?.Type;
        if (type1 is not null && type2 is not null && DoTypesConflict(type1, type2))
        {
            return new Conflict(responseName, $"they return conflicting types \"{type1}\" and \"{type2}\"", node1, node2);
        }
        if (node1.SelectionSet is { } selectionSet1 && node2.SelectionSet is { } selectionSet2)
        {
            var subConflicts = FindConflictsBetweenSubSelectionSets(mutuallyExclusive, info1.NamedType, selectionSet1, info2.NamedType, selectionSet2);
            return SubfieldConflicts(subConflicts, responseName, node1, node2);
        }
        return null;
    }

    /// <summary>Same argument names and equal values (variables compare by name), in any order.</summary>
    private bool SameArguments(ArgumentsInfo? arguments1, ArgumentsInfo? arguments2)
    {
        if (arguments1 is null)
        {
            return arguments2 is null;
        }
        if (arguments2 is null || arguments1.Nodes.Count != arguments2.Nodes.Count)
        {
            return false;
        }
        foreach (var argument in arguments1.Nodes)
        {
            Spend(1);
            if (!arguments2.Values.TryGetValue(argument.Name.Value, out var value2) || ValueKey(argument.Value) != ValueKey(value2))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>Whether two result types cannot be merged: different list/non-null structure or different leaf types.</summary>
    private bool DoTypesConflict(GraphQLType type1, GraphQLType type2)
    {
        while (true)
        {
            if (ReferenceEquals(type1, type2))
            {
                return false;
            }
            Spend(1);
            switch (type1, type2)
            {
                case (ListType list1, ListType list2):
                    (type1, type2) = (list1.OfType, list2.OfType);
                    continue;
                case (ListType, _) or (_, ListType):
                    return true;
                case (NonNullType nonNull1, NonNullType nonNull2):
                    (type1, type2) = (nonNull1.OfType, nonNull2.OfType);
                    continue;
                case (NonNullType, _) or (_, NonNullType):
                    return true;
            }
            return type1.IsLeafType || type2.IsLeafType;
        }
    }

    private static Conflict? SubfieldConflicts(List<Conflict> conflicts, string responseName, FieldNode node1, FieldNode node2)
    {
        if (conflicts.Count == 0)
        {
            return null;
        }
        var message = new StringBuilder();
        foreach (var conflict in conflicts)
        {
            if (message.Length > 0)
            {
                message.Append(" and ");
            }
            message.Append("subfields \"").Append(Abbreviate(conflict.ResponseName)).Append("\" conflict because ").Append(conflict.Reason);
            if (message.Length > MaxConflictDetailLength)
            {
                break;
            }
        }
        return new Conflict(responseName, Abbreviate(message.ToString()),
            ConflictNodes(node1, conflicts, c => c.Fields1), ConflictNodes(node2, conflicts, c => c.Fields2));
    }

    /// <summary>The field itself, then the nodes of its sub-conflicts (the last ones of each), at most <see cref="MaxConflictNodes"/>.</summary>
    private static List<FieldNode> ConflictNodes(FieldNode node, List<Conflict> conflicts, Func<Conflict, List<FieldNode>> side)
    {
        var nodes = new List<FieldNode> { node };
        foreach (var conflict in conflicts)
        {
            var remaining = MaxConflictNodes - nodes.Count;
            var sideNodes = side(conflict);
            nodes.AddRange(sideNodes.Skip(Math.Max(0, sideNodes.Count - remaining)));
            if (nodes.Count == MaxConflictNodes)
            {
                break;
            }
        }
        return nodes;
    }

    private static string Abbreviate(string text) =>
        text.Length > MaxConflictDetailLength ? text[..MaxConflictDetailLength] + "..." : text;

    private void Spend(int cost)
    {
        _remainingBudget -= cost;
        if (_remainingBudget < 0)
        {
            throw new ValidationAbortedException("Validation aborted.");
        }
    }

    // ---- field collection ------------------------------------------------------------------------------

    private FieldSet CollectFields(NamedType? parentType, SelectionSetNode selectionSet)
    {
        if (!_fieldSets.TryGetValue((parentType, selectionSet), out var fieldSet))
        {
            fieldSet = new FieldSet();
            CollectFieldsInto(parentType, selectionSet, fieldSet);
            _fieldSets[(parentType, selectionSet)] = fieldSet;
        }
        return fieldSet;
    }

    private FieldSet CollectFragmentFields(FragmentDefinitionNode fragment) =>
        CollectFields(Context.Schema.GetType(fragment.TypeCondition.Name.Value), fragment.SelectionSet);

    private void CollectFieldsInto(NamedType? parentType, SelectionSetNode selectionSet, FieldSet fieldSet)
    {
        foreach (var selection in selectionSet.Selections)
        {
            switch (selection)
            {
                case FieldNode field:
                {
                    // Declared fields only: meta-fields have no definition here, as in graphql-js.
                    var definition = (parentType as ComplexType)?.GetField(field.Name.Value);
                    if (!fieldSet.Fields.TryGetValue(field.ResponseKey, out var list))
                    {
                        list = new List<CollectedField>();
                        fieldSet.Fields[field.ResponseKey] = list;
                    }
                    list.Add(new CollectedField(parentType, field, definition));
                    break;
                }
                case FragmentSpreadNode spread:
                    fieldSet.Spreads.Add(spread);
                    break;
                case InlineFragmentNode inline:
                    var type = inline.TypeCondition is { } condition ? Context.Schema.GetType(condition.Name.Value) : parentType;
                    CollectFieldsInto(type, inline.SelectionSet, fieldSet);
                    break;
            }
        }
    }

    /// <summary>The distinct fragments spread directly in a field set (null stands for unknown fragments).</summary>
    private List<FragmentDefinitionNode?> FragmentsSpreadIn(FieldSet fieldSet)
    {
        if (fieldSet.Fragments is { } cached)
        {
            return cached;
        }
        var fragments = new List<FragmentDefinitionNode?>();
        var seen = new HashSet<FragmentDefinitionNode>();
        var unknownSeen = false;
        foreach (var spread in fieldSet.Spreads)
        {
            Spend(1);
            var fragment = Context.GetFragment(spread.Name.Value);
            if (fragment is null ? !unknownSeen : seen.Add(fragment))
            {
                unknownSeen |= fragment is null;
                fragments.Add(fragment);
            }
        }
        fieldSet.Fragments = fragments;
        return fragments;
    }

    /// <summary>
    /// A canonical text of a value literal: equal texts mean equal values (object fields in name order,
    /// block and quoted strings kept apart as graphql-js does).
    /// </summary>
    private string ValueKey(ValueNode value)
    {
        if (!_valueKeys.TryGetValue(value, out var key))
        {
            var builder = new StringBuilder();
            AppendValueKey(builder, value);
            key = builder.ToString();
            _valueKeys[value] = key;
        }
        return key;
    }

    private static void AppendValueKey(StringBuilder builder, ValueNode value)
    {
        switch (value)
        {
            case VariableNode v:
                builder.Append('$').Append(v.Name.Value);
                break;
            case IntValueNode i:
                builder.Append("i:").Append(i.Value);
                break;
            case FloatValueNode f:
                builder.Append("f:").Append(f.Value);
                break;
            case StringValueNode s:
                builder.Append(s.Block ? "b:" : "s:").Append(Inspect.JsonString(s.Value));
                break;
            case BooleanValueNode b:
                builder.Append(b.Value ? "true" : "false");
                break;
            case NullValueNode:
                builder.Append("null");
                break;
            case EnumValueNode e:
                builder.Append("e:").Append(e.Value);
                break;
            case ListValueNode list:
                builder.Append('[');
                for (var i = 0; i < list.Values.Count; i++)
                {
                    if (i > 0)
                    {
                        builder.Append(',');
                    }
                    AppendValueKey(builder, list.Values[i]);
                }
                builder.Append(']');
                break;
            case ObjectValueNode obj:
                builder.Append('{');
                var first = true;
                foreach (var field in obj.Fields.OrderBy(f => f.Name.Value, StringComparer.Ordinal))
                {
                    if (!first)
                    {
                        builder.Append(',');
                    }
                    first = false;
                    builder.Append(field.Name.Value).Append(':');
                    AppendValueKey(builder, field.Value);
                }
                builder.Append('}');
                break;
        }
    }

    // ---- data ------------------------------------------------------------------------------------------

    /// <summary>The fields of a selection set by response name (inline fragments flattened) and its spreads.</summary>
    private sealed class FieldSet
    {
        public OrderedDictionary<string, List<CollectedField>> Fields { get; } = new(StringComparer.Ordinal);
        public List<FragmentSpreadNode> Spreads { get; } = new();
        public List<FragmentDefinitionNode?>? Fragments { get; set; }
        public Dictionary<FieldSet, List<(string, List<CollectedField>, List<CollectedField>)>>? Overlaps { get; set; }
    }

    /// <summary>One field selection with the type it was selected on and its definition there (if any).</summary>
    private sealed class CollectedField
    {
        private FieldInfo? _info;

        public CollectedField(NamedType? parentType, FieldNode node, FieldDefinition? definition)
        {
            ParentType = parentType;
            Node = node;
            Definition = definition;
            Stream = node.Directives.FirstOrDefault(d => d.Name.Value == "stream");
            IsSimpleLeaf = node.Arguments.Count == 0 && node.SelectionSet is null && Stream is null;
        }

        public NamedType? ParentType { get; }
        public FieldNode Node { get; }
        public FieldDefinition? Definition { get; }
        public DirectiveNode? Stream { get; }
        public bool IsSimpleLeaf { get; }
        public FieldInfo Info => _info ??= new FieldInfo(this);
    }

    /// <summary>Facts about a collected field computed on first comparison, and its comparisons with others.</summary>
    private sealed class FieldInfo
    {
        public FieldInfo(CollectedField field)
        {
            NamedType = field.Definition?.Type.NamedType;
            Arguments = ArgumentsInfo.Of(field.Node.Arguments);
            StreamArguments = field.Stream is null ? null : ArgumentsInfo.Of(field.Stream.Arguments);
        }

        public Dictionary<FieldInfo, Comparison> Comparisons { get; } = new();
        public NamedType? NamedType { get; }
        public ArgumentsInfo? Arguments { get; }
        public ArgumentsInfo? StreamArguments { get; }
    }

    private sealed class ArgumentsInfo
    {
        private ArgumentsInfo(IReadOnlyList<ArgumentNode> nodes)
        {
            Nodes = nodes;
            foreach (var node in nodes)
            {
                Values[node.Name.Value] = node.Value;
            }
        }

        public IReadOnlyList<ArgumentNode> Nodes { get; }
        public Dictionary<string, ValueNode> Values { get; } = new(StringComparer.Ordinal);

        public static ArgumentsInfo? Of(IReadOnlyList<ArgumentNode> nodes) => nodes.Count == 0 ? null : new ArgumentsInfo(nodes);
    }

    private sealed class Comparison
    {
        public bool? SameName { get; set; }
        public bool? SameArguments { get; set; }
        public bool? SameStreamArguments { get; set; }
    }

    private sealed record Conflict(string ResponseName, string Reason, List<FieldNode> Fields1, List<FieldNode> Fields2)
    {
        public Conflict(string responseName, string reason, FieldNode node1, FieldNode node2)
            : this(responseName, reason, new List<FieldNode> { node1 }, new List<FieldNode> { node2 })
        {
        }
    }
}
