using BudgetGraph.GraphQL.Language;
using BudgetGraph.GraphQL.Types;

namespace BudgetGraph.GraphQL.Execution;

/// <summary>Spec 6.3.2 CollectFields: merges fields by response key, honouring @skip/@include and fragments.</summary>
internal static class FieldCollector
{
    public static FieldPlan CollectFields(ExecutionContext context, ObjectType runtimeType, SelectionSetNode selectionSet)
    {
        var groups = new List<FieldGroup>();
        var index = new Dictionary<string, FieldGroup>();
        Collect(context, runtimeType, selectionSet, groups, index, new HashSet<string>());
        return new FieldPlan(groups);
    }

    public static FieldPlan CollectSubfields(ExecutionContext context, ObjectType runtimeType, FieldGroup group)
    {
        // Fast path: the objects of one list are usually of one type, so the group remembers its last plan.
        var last = group.LastPlan;
        if (last is not null && ReferenceEquals(last.Type, runtimeType))
        {
            return last.Plan;
        }
        var plan = CollectSubfieldsCached(context, runtimeType, group);
        group.LastPlan = new TypedPlan(runtimeType, plan);
        return plan;
    }

    private static FieldPlan CollectSubfieldsCached(ExecutionContext context, ObjectType runtimeType, FieldGroup group)
    {
        var key = (runtimeType, group);
        lock (context.SubfieldCache)
        {
            if (context.SubfieldCache.TryGetValue(key, out var cached))
            {
                return cached;
            }
        }
        var groups = new List<FieldGroup>();
        var index = new Dictionary<string, FieldGroup>();
        var visited = new HashSet<string>();
        foreach (var node in group.Nodes)
        {
            if (node.SelectionSet is not null)
            {
                Collect(context, runtimeType, node.SelectionSet, groups, index, visited);
            }
        }
        var collected = new FieldPlan(groups);
        lock (context.SubfieldCache)
        {
            context.SubfieldCache[key] = collected;
        }
        return collected;
    }

    private static void Collect(ExecutionContext context, ObjectType runtimeType, SelectionSetNode selectionSet,
        List<FieldGroup> groups, Dictionary<string, FieldGroup> index, HashSet<string> visitedFragments)
    {
        foreach (var selection in selectionSet.Selections)
        {
            switch (selection)
            {
                case FieldNode field:
                {
                    if (!ShouldInclude(context, field.Directives))
                    {
                        continue;
                    }
                    var key = field.ResponseKey;
                    if (index.TryGetValue(key, out var group))
                    {
                        group.Nodes.Add(field);
                    }
                    else
                    {
                        group = new FieldGroup(key, field);
                        index[key] = group;
                        groups.Add(group);
                    }
                    break;
                }
                case InlineFragmentNode inline:
                    if (!ShouldInclude(context, inline.Directives) || !DoesFragmentConditionMatch(context.Schema, inline.TypeCondition, runtimeType))
                    {
                        continue;
                    }
                    Collect(context, runtimeType, inline.SelectionSet, groups, index, visitedFragments);
                    break;
                case FragmentSpreadNode spread:
                {
                    var name = spread.Name.Value;
                    if (visitedFragments.Contains(name) || !ShouldInclude(context, spread.Directives))
                    {
                        continue;
                    }
                    visitedFragments.Add(name);
                    if (!context.Fragments.TryGetValue(name, out var fragment) ||
                        !DoesFragmentConditionMatch(context.Schema, fragment.TypeCondition, runtimeType))
                    {
                        continue;
                    }
                    Collect(context, runtimeType, fragment.SelectionSet, groups, index, visitedFragments);
                    break;
                }
            }
        }
    }

    /// <summary>@skip(if: true) or @include(if: false) exclude a selection.</summary>
    private static bool ShouldInclude(ExecutionContext context, IReadOnlyList<DirectiveNode> directives)
    {
        if (directives.Count == 0)
        {
            return true;
        }
        foreach (var directive in directives)
        {
            var name = directive.Name.Value;
            if (name is not ("skip" or "include"))
            {
                continue;
            }
            var definition = name == "skip" ? BuiltInDirectives.Skip : BuiltInDirectives.Include;
            var args = ArgumentValues.Coerce(definition.Arguments, directive.Arguments, directive, context.Variables, "@" + name);
            if (args.TryGetValue("if", out var value) && value is bool b && b == (name == "skip"))
            {
                return false;
            }
        }
        return true;
    }

    private static bool DoesFragmentConditionMatch(Schema schema, NamedTypeNode? typeCondition, ObjectType type)
    {
        if (typeCondition is null)
        {
            return true;
        }
        var conditionalType = schema.GetType(typeCondition.Name.Value);
        if (ReferenceEquals(conditionalType, type))
        {
            return true;
        }
        return conditionalType is not null && conditionalType.IsAbstractType && schema.IsSubType(conditionalType, type);
    }
}

/// <summary>Argument coercion (spec 6.4.1 CoerceArgumentValues) with graphql-js 17's messages.</summary>
public static class ArgumentValues
{
    /// <summary>
    /// Coerces the arguments of a field or directive. <paramref name="coordinatePrefix"/> is <c>Type.field</c>
    /// or <c>@directive</c>, used in messages as <c>Argument "Type.field(arg:)"</c>.
    /// </summary>
    public static IReadOnlyDictionary<string, object?> Coerce(OrderedDictionary<string, InputValue> definitions,
        IReadOnlyList<ArgumentNode> argumentNodes, Node node, IReadOnlyDictionary<string, object?> variables, string coordinatePrefix)
    {
        if (definitions.Count == 0)
        {
            return EmptyArguments;
        }
        var result = new Dictionary<string, object?>(definitions.Count);
        foreach (var definition in definitions.Values)
        {
            ArgumentNode? argumentNode = null;
            for (var i = 0; i < argumentNodes.Count; i++)
            {
                if (argumentNodes[i].Name.Value == definition.Name)
                {
                    argumentNode = argumentNodes[i];
                    break;
                }
            }
            var coordinate = $"{coordinatePrefix}({definition.Name}:)";
            if (argumentNode is null ||
                (argumentNode.Value is VariableNode v && !variables.ContainsKey(v.Name.Value) && !ValueCoercion.IsRequired(definition)))
            {
                if (argumentNode is null && ValueCoercion.IsRequired(definition))
                {
                    throw new GraphQLErrorException(new GraphQLError(
                        $"Argument \"{coordinate}\" of required type \"{definition.Type}\" was not provided.", node));
                }
                if (definition.HasDefaultValue)
                {
                    result[definition.Name] = definition.GetCoercedDefault();
                }
                continue;
            }
            var coerced = ValueCoercion.CoerceLiteral(argumentNode.Value, definition.Type, variables);
            if (ReferenceEquals(coerced, ValueCoercion.Undefined))
            {
                GraphQLError? first = null;
                ValueCoercion.ValidateLiteral(argumentNode.Value, definition.Type, variables, (message, path, errorNode, original) =>
                    first ??= new GraphQLError($"Argument \"{coordinate}\" has invalid value{ValueCoercion.PrintPath(path)}: {message}",
                        new[] { errorNode ?? argumentNode.Value }, originalException: original));
                throw new GraphQLErrorException(first ?? new GraphQLError($"Argument \"{coordinate}\" has invalid value.", argumentNode.Value));
            }
            result[definition.Name] = coerced;
        }
        return result;
    }

    internal static readonly IReadOnlyDictionary<string, object?> EmptyArguments = new Dictionary<string, object?>();
}
