using System.Globalization;
using System.Text.Json;
using BudgetGraph.Api.Http;
using BudgetGraph.GraphQL;
using BudgetGraph.GraphQL.Introspection;
using BudgetGraph.GraphQL.Language;
using BudgetGraph.GraphQL.Types;
using BudgetGraph.GraphQL.Utilities;

namespace BudgetGraph.Api.Limits;

/// <summary>
/// Checks one operation against the execution limits of <see cref="GraphQLLimitsOptions"/> before it runs:
/// page sizes (<c>first</c>/<c>last</c>), list sizes and strings of arguments (<see cref="ArgumentLimits"/>), field
/// depth and estimated cost.
/// </summary>
/// <remarks>
/// <para>
/// The estimate counts response nodes, as GitHub's node limit does: a field counts 1 plus the cost of its
/// selections, and a list field multiplies that by its page size — its <c>first</c>/<c>last</c> argument
/// (a literal, or a variable's value in this request), else <see cref="GraphQLLimitsOptions.ListSizes"/>,
/// else <see cref="GraphQLLimitsOptions.DefaultListSize"/>. So <c>{ items(first: 100) { id name } }</c>
/// costs 100 × (1 + 2) = 300.
/// </para>
/// <para>
/// One pass over the document; each fragment is measured once (its cost and height do not depend on where
/// it is spread), so a document that spreads fragments exponentially often costs linear time to check. A
/// fragment cycle (which validation refuses anyway) is cut rather than followed. Arithmetic saturates, so
/// no estimate overflows.
/// </para>
/// </remarks>
public sealed class OperationLimits
{
    private const long Saturated = 1L << 53;

    private readonly Schema _schema;
    private readonly GraphQLLimitsOptions _options;
    private readonly JsonElement? _variables;
    private readonly IReadOnlyDictionary<string, VariableDefinitionNode> _variableDefinitions;
    private readonly Dictionary<string, FragmentDefinitionNode> _fragments = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Measure> _fragmentMeasures = new(StringComparer.Ordinal);
    private readonly HashSet<string> _fragmentsInProgress = new(StringComparer.Ordinal);
    private readonly List<GraphQLError> _errors = [];
    private readonly ArgumentLimits _arguments;
    private readonly bool _introspection;

    private OperationLimits(Schema schema, DocumentNode document, OperationDefinitionNode operation, JsonElement? variables,
        GraphQLLimitsOptions options, bool introspection)
    {
        _introspection = introspection;
        _schema = schema;
        _options = options;
        _variables = variables is { ValueKind: JsonValueKind.Object } ? variables : null;
        _variableDefinitions = operation.VariableDefinitions
            .GroupBy(v => v.Variable.Name.Value, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        _arguments = new ArgumentLimits(_variables, _variableDefinitions, options.MaxListSize, _errors);
        foreach (var definition in document.Definitions)
        {
            if (definition is FragmentDefinitionNode fragment)
            {
                _fragments.TryAdd(fragment.Name.Value, fragment);
            }
        }
    }

    /// <summary>The estimated cost and field depth of a selection set.</summary>
    private readonly record struct Measure(long Cost, int Height);

    /// <summary>
    /// Returns the limits <paramref name="operation"/> breaks, as GraphQL errors with the limit's code
    /// (<see cref="ErrorCodes.MaxPageSize"/>, <see cref="ErrorCodes.MaxListSize"/> or <see cref="ErrorCodes.BadUserInput"/>
    /// per offending argument, then <see cref="ErrorCodes.MaxExecutionDepth"/>,
    /// then <see cref="ErrorCodes.MaxCost"/> when no argument was refused); empty when it may run.
    /// </summary>
    /// <param name="schema">The schema the document was validated against.</param>
    /// <param name="document">The document holding the operation and its fragments.</param>
    /// <param name="operation">The operation to run.</param>
    /// <param name="variables">The request's variables as received (page sizes may come from them).</param>
    /// <param name="options">The limits.</param>
    /// <param name="introspection">
    /// Whether <c>__schema</c> and <c>__type</c> may be selected; when false each is refused (<see cref="ErrorCodes.IntrospectionDisabled"/>).
    /// </param>
    public static IReadOnlyList<GraphQLError> Check(Schema schema, DocumentNode document, OperationDefinitionNode operation,
        JsonElement? variables, GraphQLLimitsOptions options, bool introspection = true)
    {
        var limits = new OperationLimits(schema, document, operation, variables, options, introspection);
        var measure = limits.MeasureSelections(operation.SelectionSet, schema.GetRootType(operation.Operation));
        var errors = limits._errors;
        if (measure.Height > options.MaxExecutionDepth)
        {
            errors.Add(LimitError(
                $"The operation is {measure.Height} fields deep; the limit is {options.MaxExecutionDepth}.",
                operation, ErrorCodes.MaxExecutionDepth, options.MaxExecutionDepth, measure.Height));
        }

        // An over-limit argument is refused on its own; the cost it implies would only repeat it.
        var argumentRefused = errors.Count > 0;
        if (measure.Cost > options.MaxCost && !argumentRefused)
        {
            var cost = measure.Cost >= Saturated ? "more than " + Format(Saturated) : Format(measure.Cost);
            errors.Add(LimitError(
                $"The operation's estimated cost is {cost} nodes; the limit is {Format(options.MaxCost)}. "
                + "Ask for smaller pages (first/last) or fewer nested lists.",
                operation, ErrorCodes.MaxCost, options.MaxCost, measure.Cost));
        }

        return errors;
    }

    /// <summary>The cost and height of the selections of a value of type <paramref name="parentType"/>.</summary>
    /// <param name="selectionSet">The selections.</param>
    /// <param name="parentType">The type they select from.</param>
    /// <param name="spread">
    /// Fragments already spread into this selection set (through inline fragments too): as in the
    /// specification's CollectFields, a fragment spread twice into one selection set counts once.
    /// </param>
    private Measure MeasureSelections(SelectionSetNode selectionSet, NamedType? parentType, HashSet<string>? spread = null)
    {
        spread ??= new HashSet<string>(StringComparer.Ordinal);
        long cost = 0;
        var height = 0;
        foreach (var selection in selectionSet.Selections)
        {
            var measure = selection switch
            {
                FieldNode field => MeasureField(field, parentType),
                InlineFragmentNode inline => MeasureSelections(inline.SelectionSet,
                    inline.TypeCondition is { } condition ? _schema.GetType(condition.Name.Value) : parentType, spread),
                FragmentSpreadNode fragment when spread.Add(fragment.Name.Value) => MeasureFragment(fragment.Name.Value),
                _ => default,
            };
            cost = Add(cost, measure.Cost);
            height = Math.Max(height, measure.Height);
        }

        return new Measure(cost, height);
    }

    private Measure MeasureFragment(string name)
    {
        if (_fragmentMeasures.TryGetValue(name, out var known))
        {
            return known;
        }

        if (!_fragments.TryGetValue(name, out var fragment) || !_fragmentsInProgress.Add(name))
        {
            // Unknown fragment or a cycle: validation reports both; there is nothing (more) to count.
            return default;
        }

        var measure = MeasureSelections(fragment.SelectionSet, _schema.GetType(fragment.TypeCondition.Name.Value));
        _fragmentsInProgress.Remove(name);
        _fragmentMeasures[name] = measure;
        return measure;
    }

    private Measure MeasureField(FieldNode node, NamedType? parentType)
    {
        var definition = FindField(parentType, node.Name.Value);
        var children = node.SelectionSet is { } selections
            ? MeasureSelections(selections, definition?.Type.NamedType)
            : default;
        if (definition is not null)
        {
            _arguments.Check(node, definition, parentType!);
        }

        if (!_introspection && (ReferenceEquals(definition, IntrospectionTypes.SchemaField) || ReferenceEquals(definition, IntrospectionTypes.TypeField)))
        {
            _errors.Add(new GraphQLError($"Introspection is disabled on this server; \"{definition!.Name}\" cannot be queried.", [node],
                extensions: new Dictionary<string, object?> { ["code"] = ErrorCodes.IntrospectionDisabled }));
        }

        long multiplier = 1;
        if (definition?.Type.Nullable is ListType)
        {
            multiplier = ListSize(node, definition, parentType!);
        }
        else if (definition is not null)
        {
            // A connection (an object with first/last arguments, its page inside) answers as many rows as
            // a list would: its page size has the same bound.
            PageSize(node, definition, parentType!);
        }
        return new Measure(Multiply(multiplier, Add(1, children.Cost)), children.Height + 1);
    }

    private FieldDefinition? FindField(NamedType? parentType, string name) => name switch
    {
        "__typename" => IntrospectionTypes.TypeNameField,
        "__schema" when ReferenceEquals(parentType, _schema.QueryType) => IntrospectionTypes.SchemaField,
        "__type" when ReferenceEquals(parentType, _schema.QueryType) => IntrospectionTypes.TypeField,
        _ => (parentType as ComplexType)?.GetField(name),
    };

    /// <summary>
    /// The page size of a list field: the larger of its <c>first</c> and <c>last</c> arguments when it has
    /// them (each checked against <see cref="GraphQLLimitsOptions.MaxPageSize"/>), else the configured size.
    /// </summary>
    private long ListSize(FieldNode node, FieldDefinition definition, NamedType parentType)
    {
        if (PageSize(node, definition, parentType) is { } given)
        {
            return given;
        }

        return _options.ListSizes.TryGetValue(parentType.Name + "." + definition.Name, out var configured)
            ? configured
            : _options.DefaultListSize;
    }

    /// <summary>
    /// The larger of the field's <c>first</c> and <c>last</c> arguments, or null when it has neither; each one
    /// larger than <see cref="GraphQLLimitsOptions.MaxPageSize"/> adds an error.
    /// </summary>
    private long? PageSize(FieldNode node, FieldDefinition definition, NamedType parentType)
    {
        long? pageSize = null;
        foreach (var argument in node.Arguments)
        {
            var name = argument.Name.Value;
            if (name is not ("first" or "last") || !definition.Arguments.ContainsKey(name)
                || PageSizeValue(argument.Value) is not { } size)
            {
                continue;
            }

            if (size > _options.MaxPageSize)
            {
                _errors.Add(LimitError(
                    $"Argument \"{name}\" of field \"{parentType.Name}.{definition.Name}\" is {size.ToString(CultureInfo.InvariantCulture)}; the largest page size is {_options.MaxPageSize}.",
                    argument, ErrorCodes.MaxPageSize, _options.MaxPageSize, size));
            }

            pageSize = Math.Max(pageSize ?? 0, Math.Max(size, 0));
        }

        return pageSize;
    }

    /// <summary>
    /// The Int a page-size argument has in this request: a literal, or a variable's value (or its default).
    /// Null when absent, null-valued or not an Int — a fraction, a string or a number beyond 32 bits is no
    /// page size: validation (literals) or variable coercion reports it with the specification's message.
    /// </summary>
    private long? PageSizeValue(ValueNode value)
    {
        switch (value)
        {
            case IntValueNode literal:
                return int.TryParse(literal.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) ? n : null;
            case VariableNode variable:
                var name = variable.Name.Value;
                if (_variables is { } variables && variables.TryGetProperty(name, out var json))
                {
                    return IntVariableValue(json);
                }

                return _variableDefinitions.TryGetValue(name, out var definition) && definition.DefaultValue is { } fallback
                    ? PageSizeValue(fallback)
                    : null;
            default:
                return null;
        }
    }

    /// <summary>
    /// A variable's JSON value as the engine coerces it to Int (so <c>100.0</c> is 100, as in graphql-js), or
    /// null when coercion refuses it: the limits then leave the value to coercion's error.
    /// </summary>
    private static int? IntVariableValue(JsonElement json)
    {
        try
        {
            return Scalars.Int.ParseValue(JsonValues.ToClr(json)) as int?;
        }
        catch (GraphQLException)
        {
            return null;
        }
    }

    private static GraphQLError LimitError(string message, Node node, string code, long limit, long actual) =>
        new(message, [node], extensions: new Dictionary<string, object?>
        {
            ["code"] = code,
            ["limit"] = limit,
            ["actual"] = Math.Min(actual, Saturated),
        });

    private static string Format(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    private static long Add(long a, long b) => a >= Saturated - b ? Saturated : a + b;

    private static long Multiply(long a, long b) => a == 0 || b == 0 ? 0 : a >= Saturated / b ? Saturated : a * b;
}
