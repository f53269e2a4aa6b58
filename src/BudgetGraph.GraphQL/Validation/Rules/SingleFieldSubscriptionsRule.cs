using BudgetGraph.GraphQL.Language;
using BudgetGraph.GraphQL.Types;

namespace BudgetGraph.GraphQL.Validation.Rules;

/// <summary>
/// 5.2.4.1 Single Root Field — <see href="https://spec.graphql.org/September2025/#sec-Single-Root-Field"/>:
/// "Let groupedFieldSet be the result of CollectSubscriptionFields(subscriptionType, selectionSet).
/// groupedFieldSet must have exactly one entry, which must not be an introspection field." Collecting the
/// root fields rejects <c>@skip</c>/<c>@include</c> there, since variables are unknown during validation.
/// </summary>
public sealed class SingleFieldSubscriptionsRule : ValidationVisitor
{
    /// <summary>Creates the rule's visitor.</summary>
    public SingleFieldSubscriptionsRule(ValidationContext context) : base(context)
    {
    }

    /// <inheritdoc />
    public override VisitorAction Enter(Node node)
    {
        if (node is not OperationDefinitionNode { Operation: OperationType.Subscription } operation ||
            Context.Schema.SubscriptionType is not { } subscriptionType)
        {
            return VisitorAction.Continue;
        }
        var subject = operation.Name is { } name ? $"Subscription \"{name.Value}\"" : "Anonymous Subscription";
        var collector = new RootFieldCollector(Context, subscriptionType);
        collector.Collect(operation.SelectionSet);
        if (collector.ForbiddenDirectives.Count > 0)
        {
            Report($"{subject} must not use `@skip` or `@include` directives in the top level selection.", collector.ForbiddenDirectives.ToArray());
            return VisitorAction.Continue;
        }
        var groups = collector.Groups;
        if (groups.Count == 0)
        {
            Report($"{subject} must select one top level field.", operation.SelectionSet);
        }
        else if (groups.Count > 1)
        {
            Report($"{subject} must select only one top level field.", groups.Values.Skip(1).SelectMany(g => g).ToArray<Node>());
        }
        foreach (var group in groups.Values)
        {
            if (group[0].Name.Value.StartsWith("__", StringComparison.Ordinal))
            {
                Report($"{subject} must not select an introspection top level field.", group.ToArray<Node>());
            }
        }
        return VisitorAction.Continue;
    }

    /// <summary>The spec's CollectSubscriptionFields: fields by response key, following matching fragments once each.</summary>
    private sealed class RootFieldCollector
    {
        private readonly ValidationContext _context;
        private readonly ObjectType _rootType;
        private readonly HashSet<string> _visitedFragments = new(StringComparer.Ordinal);

        public RootFieldCollector(ValidationContext context, ObjectType rootType)
        {
            _context = context;
            _rootType = rootType;
        }

        public OrderedDictionary<string, List<FieldNode>> Groups { get; } = new(StringComparer.Ordinal);

        public List<DirectiveNode> ForbiddenDirectives { get; } = new();

        public void Collect(SelectionSetNode selectionSet)
        {
            _context.SpendFragmentWork(selectionSet.Selections.Count);
            foreach (var selection in selectionSet.Selections)
            {
                _context.SpendFragmentWork(selection.Directives.Count);
                var defer = selection.Directives.FirstOrDefault(d => d.Name.Value == "defer");
                _context.SpendFragmentWork(defer?.Arguments.Count ?? 0);
            }
            foreach (var selection in selectionSet.Selections)
            {
                if (!IsIncluded(selection))
                {
                    continue;
                }
                switch (selection)
                {
                    case FieldNode field:
                        if (!Groups.TryGetValue(field.ResponseKey, out var group))
                        {
                            group = new List<FieldNode>();
                            Groups[field.ResponseKey] = group;
                        }
                        group.Add(field);
                        break;
                    case InlineFragmentNode inline:
                        if (ConditionMatches(inline.TypeCondition))
                        {
                            Collect(inline.SelectionSet);
                        }
                        break;
                    case FragmentSpreadNode spread:
                        var fragment = _context.GetFragment(spread.Name.Value);
                        if (fragment is null || !ConditionMatches(fragment.TypeCondition) || !_visitedFragments.Add(spread.Name.Value))
                        {
                            continue;
                        }
                        Collect(fragment.SelectionSet);
                        break;
                }
            }
        }

        /// <summary>Any <c>@skip</c> (else any <c>@include</c>) is forbidden here and excludes its selection.</summary>
        private bool IsIncluded(SelectionNode selection)
        {
            var directive = selection.Directives.FirstOrDefault(d => d.Name.Value == "skip") ??
                selection.Directives.FirstOrDefault(d => d.Name.Value == "include");
            if (directive is null)
            {
                return true;
            }
            ForbiddenDirectives.Add(directive);
            return false;
        }

        private bool ConditionMatches(NamedTypeNode? condition)
        {
            if (condition is null)
            {
                return true;
            }
            var type = _context.Schema.GetType(condition.Name.Value);
            if (ReferenceEquals(type, _rootType))
            {
                return true;
            }
            return type is { IsAbstractType: true } && _context.Schema.IsSubType(type, _rootType);
        }
    }
}
