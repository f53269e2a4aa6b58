using BudgetGraph.GraphQL.Language;
using BudgetGraph.GraphQL.Types;

namespace BudgetGraph.GraphQL.Validation;

/// <summary>A use of a variable: where it is, the input type expected there, and whether that position has a default.</summary>
/// <param name="Node">The variable reference.</param>
/// <param name="Type">The input type expected at the reference, null when unknown.</param>
/// <param name="ParentType">The input type around that position (e.g. the input object of a field), null when none.</param>
/// <param name="HasLocationDefaultValue">Whether the argument or input field the variable is given to declares a default.</param>
public readonly record struct VariableUsage(VariableNode Node, GraphQLType? Type, GraphQLType? ParentType, bool HasLocationDefaultValue);

/// <summary>
/// What the rules of one validation share: the schema and document, the errors found so far, the position
/// of the walk (type information and ancestors), and cached facts about the document — fragments by name,
/// the spreads of a selection set, fragments an operation reaches, and variable usages per definition.
/// </summary>
/// <remarks>
/// Following fragments costs "fragment work"; a document that needs more than
/// <see cref="MaxFragmentWork"/> units stops validation with "Validation aborted." (as graphql-js 17 does)
/// so that a small document with many spreads cannot make validation explode.
/// </remarks>
public sealed class ValidationContext
{
    /// <summary>Fragment work allowed per validation (graphql-js 17: 50,000).</summary>
    public const int MaxFragmentWork = 50_000;

    private readonly List<GraphQLError> _errors = new();
    private readonly Dictionary<SelectionSetNode, List<FragmentSpreadNode>> _spreadsBySelectionSet = new();
    private readonly Dictionary<string, List<FragmentDefinitionNode>> _fragmentsByNameSet = new();
    private readonly Dictionary<Node, IReadOnlyList<VariableUsage>> _variableUsages = new();
    private readonly Dictionary<OperationDefinitionNode, IReadOnlyList<VariableUsage>> _recursiveVariableUsages = new();
    private readonly Dictionary<List<FragmentDefinitionNode>, List<VariableUsage>> _fragmentVariableUsages = new();
    private Dictionary<string, FragmentDefinitionNode>? _fragments;
    private int _remainingFragmentWork = MaxFragmentWork;

    internal ValidationContext(Schema schema, DocumentNode document, ValidationOptions options)
    {
        Schema = schema;
        Document = document;
        Options = options;
        TypeInfo = new TypeInfo(schema);
    }

    /// <summary>The schema validated against.</summary>
    public Schema Schema { get; }

    /// <summary>The document being validated.</summary>
    public DocumentNode Document { get; }

    /// <summary>The options of this validation.</summary>
    public ValidationOptions Options { get; }

    /// <summary>Whether messages must not suggest schema names ("Did you mean ...?").</summary>
    public bool HideSuggestions => Options.HideSuggestions;

    /// <summary>The type information at the current node of the walk.</summary>
    public TypeInfo TypeInfo { get; }

    /// <summary>The errors reported so far, in order.</summary>
    public IReadOnlyList<GraphQLError> Errors => _errors;

    /// <summary>The nodes from the document down to (excluding) the current node.</summary>
    public IReadOnlyList<Node> Ancestors { get; internal set; } = Array.Empty<Node>();

    /// <summary>The current node's parent.</summary>
    public Node? Parent => Ancestors.Count > 0 ? Ancestors[^1] : null;

    /// <summary><see cref="Validation.TypeInfo.Type"/>.</summary>
    public GraphQLType? Type => TypeInfo.Type;

    /// <summary><see cref="Validation.TypeInfo.ParentType"/>.</summary>
    public NamedType? ParentType => TypeInfo.ParentType;

    /// <summary><see cref="Validation.TypeInfo.InputType"/>.</summary>
    public GraphQLType? InputType => TypeInfo.InputType;

    /// <summary><see cref="Validation.TypeInfo.ParentInputType"/>.</summary>
    public GraphQLType? ParentInputType => TypeInfo.ParentInputType;

    /// <summary><see cref="Validation.TypeInfo.FieldDef"/>.</summary>
    public FieldDefinition? FieldDef => TypeInfo.FieldDef;

    /// <summary><see cref="Validation.TypeInfo.Directive"/>.</summary>
    public DirectiveDefinition? Directive => TypeInfo.Directive;

    /// <summary><see cref="Validation.TypeInfo.Argument"/>.</summary>
    public InputValue? Argument => TypeInfo.Argument;

    /// <summary>
    /// Records an error. Beyond <see cref="ValidationOptions.MaxErrors"/> errors validation stops and the
    /// result ends with "Too many validation errors, error limit reached. Validation aborted.".
    /// </summary>
    public void ReportError(GraphQLError error)
    {
        if (_errors.Count >= Options.MaxErrors)
        {
            throw new ValidationAbortedException("Too many validation errors, error limit reached. Validation aborted.");
        }
        _errors.Add(error);
    }

    internal void AddAbortError(string message) => _errors.Add(new GraphQLError(message));

    /// <summary>Spends fragment work; stops validation with "Validation aborted." when the budget is exhausted.</summary>
    public void SpendFragmentWork(int cost)
    {
        _remainingFragmentWork -= cost;
        if (_remainingFragmentWork < 0)
        {
            throw new ValidationAbortedException("Validation aborted.");
        }
    }

    /// <summary>The fragment definition named <paramref name="name"/> (the last one when the name is defined twice).</summary>
    public FragmentDefinitionNode? GetFragment(string name)
    {
        if (_fragments is null)
        {
            _fragments = new Dictionary<string, FragmentDefinitionNode>();
            foreach (var definition in Document.Definitions)
            {
                if (definition is FragmentDefinitionNode fragment)
                {
                    _fragments[fragment.Name.Value] = fragment;
                }
            }
        }
        return _fragments.TryGetValue(name, out var found) ? found : null;
    }

    /// <summary>
    /// The fragment spreads anywhere inside a selection set (not following them). Order: the set's own
    /// spreads first, then nested sets last-first, as graphql-js collects them (messages depend on it).
    /// </summary>
    public IReadOnlyList<FragmentSpreadNode> GetFragmentSpreads(SelectionSetNode selectionSet)
    {
        if (_spreadsBySelectionSet.TryGetValue(selectionSet, out var cached))
        {
            return cached;
        }
        var spreads = new List<FragmentSpreadNode>();
        var setsToVisit = new Stack<SelectionSetNode>();
        setsToVisit.Push(selectionSet);
        while (setsToVisit.TryPop(out var set))
        {
            foreach (var selection in set.Selections)
            {
                switch (selection)
                {
                    case FragmentSpreadNode spread:
                        spreads.Add(spread);
                        break;
                    case FieldNode { SelectionSet: { } fieldSet }:
                        setsToVisit.Push(fieldSet);
                        break;
                    case InlineFragmentNode inline:
                        setsToVisit.Push(inline.SelectionSet);
                        break;
                }
            }
        }
        _spreadsBySelectionSet[selectionSet] = spreads;
        return spreads;
    }

    /// <summary>Every fragment an operation reaches through spreads, directly or through other fragments.</summary>
    public IReadOnlyList<FragmentDefinitionNode> GetRecursivelyReferencedFragments(OperationDefinitionNode operation) =>
        GetRecursivelyReferencedFragmentsForOperations(new[] { operation });

    /// <summary>Every fragment any of the operations reaches (cached by the set of names the operations spread).</summary>
    public IReadOnlyList<FragmentDefinitionNode> GetRecursivelyReferencedFragmentsForOperations(IReadOnlyList<OperationDefinitionNode> operations)
    {
        var names = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var operation in operations)
        {
            foreach (var spread in GetFragmentSpreads(operation.SelectionSet))
            {
                if (seen.Add(spread.Name.Value))
                {
                    names.Add(spread.Name.Value);
                }
            }
        }
        var key = SetKey(names);
        if (_fragmentsByNameSet.TryGetValue(key, out var cached))
        {
            return cached;
        }
        var fragments = new List<FragmentDefinitionNode>();
        SpendFragmentWork(names.Count);
        // names grows while it is walked: each fragment's own spreads join the queue once.
        for (var i = 0; i < names.Count; i++)
        {
            if (GetFragment(names[i]) is not { } fragment)
            {
                continue;
            }
            fragments.Add(fragment);
            var spreads = GetFragmentSpreads(fragment.SelectionSet);
            SpendFragmentWork(spreads.Count);
            foreach (var spread in spreads)
            {
                if (seen.Add(spread.Name.Value))
                {
                    names.Add(spread.Name.Value);
                }
            }
        }
        _fragmentsByNameSet[key] = fragments;
        return fragments;
    }

    private static string SetKey(List<string> names)
    {
        var sorted = names.ToArray();
        Array.Sort(sorted, StringComparer.Ordinal);
        return string.Join(",", sorted);
    }

    /// <summary>The variables used directly inside an operation or fragment definition, with the type expected where each is used.</summary>
    public IReadOnlyList<VariableUsage> GetVariableUsages(ExecutableDefinitionNode definition)
    {
        if (_variableUsages.TryGetValue(definition, out var cached))
        {
            return cached;
        }
        IReadOnlyList<VariableUsage> usages = Array.Empty<VariableUsage>();
        // Most definitions use no variable at all: a plain scan spares them the typed walk.
        if (DirectivesUseVariables(definition.Directives) || SelectionsUseVariables(definition.SelectionSet))
        {
            var collector = new VariableUsageCollector(Schema);
            collector.Visit(definition);
            usages = collector.Usages;
        }
        _variableUsages[definition] = usages;
        return usages;
    }

    private static bool SelectionsUseVariables(SelectionSetNode selectionSet)
    {
        foreach (var selection in selectionSet.Selections)
        {
            if (DirectivesUseVariables(selection.Directives))
            {
                return true;
            }
            switch (selection)
            {
                case FieldNode field:
                    foreach (var argument in field.Arguments)
                    {
                        if (UsesVariables(argument.Value))
                        {
                            return true;
                        }
                    }
                    if (field.SelectionSet is { } fieldSet && SelectionsUseVariables(fieldSet))
                    {
                        return true;
                    }
                    break;
                case InlineFragmentNode inline when SelectionsUseVariables(inline.SelectionSet):
                    return true;
            }
        }
        return false;
    }

    private static bool DirectivesUseVariables(IReadOnlyList<DirectiveNode> directives)
    {
        foreach (var directive in directives)
        {
            foreach (var argument in directive.Arguments)
            {
                if (UsesVariables(argument.Value))
                {
                    return true;
                }
            }
        }
        return false;
    }

    private static bool UsesVariables(ValueNode value) => value switch
    {
        VariableNode => true,
        ListValueNode list => list.Values.Any(UsesVariables),
        ObjectValueNode obj => obj.Fields.Any(f => UsesVariables(f.Value)),
        _ => false,
    };

    /// <summary>The variables used by an operation, including inside every fragment it reaches.</summary>
    public IReadOnlyList<VariableUsage> GetRecursiveVariableUsages(OperationDefinitionNode operation)
    {
        if (_recursiveVariableUsages.TryGetValue(operation, out var cached))
        {
            return cached;
        }
        var fragments = (List<FragmentDefinitionNode>)GetRecursivelyReferencedFragments(operation);
        if (!_fragmentVariableUsages.TryGetValue(fragments, out var fragmentUsages))
        {
            SpendFragmentWork(fragments.Count);
            fragmentUsages = new List<VariableUsage>();
            foreach (var fragment in fragments)
            {
                var local = GetVariableUsages(fragment);
                SpendFragmentWork(local.Count);
                fragmentUsages.AddRange(local);
            }
            _fragmentVariableUsages[fragments] = fragmentUsages;
        }
        SpendFragmentWork(fragmentUsages.Count);
        var usages = new List<VariableUsage>(GetVariableUsages(operation));
        usages.AddRange(fragmentUsages);
        _recursiveVariableUsages[operation] = usages;
        return usages;
    }

    /// <summary>Walks one definition with its own type information and records each variable reference.</summary>
    private sealed class VariableUsageCollector : AstVisitor
    {
        private readonly TypeInfo _typeInfo;

        public VariableUsageCollector(Schema schema) => _typeInfo = new TypeInfo(schema);

        public List<VariableUsage> Usages { get; } = new();

        public override VisitorAction Enter(Node node)
        {
            _typeInfo.Enter(node);
            switch (node)
            {
                case VariableDefinitionNode:
                    // A definition's own variable is not a usage (and defaults are constants).
                    _typeInfo.Leave(node);
                    return VisitorAction.Skip;
                case VariableNode variable:
                    Usages.Add(new VariableUsage(variable, _typeInfo.InputType, _typeInfo.ParentInputType, _typeInfo.HasDefaultValue));
                    break;
            }
            return VisitorAction.Continue;
        }

        public override VisitorAction Leave(Node node)
        {
            _typeInfo.Leave(node);
            return VisitorAction.Continue;
        }
    }
}

/// <summary>Ends a validation early; its message becomes the last error of the result.</summary>
internal sealed class ValidationAbortedException : Exception
{
    public ValidationAbortedException(string message) : base(message)
    {
    }
}
