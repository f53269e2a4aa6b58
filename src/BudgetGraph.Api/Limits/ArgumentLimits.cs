using System.Globalization;
using System.Text.Json;
using BudgetGraph.Api.Http;
using BudgetGraph.GraphQL;
using BudgetGraph.GraphQL.Language;
using BudgetGraph.GraphQL.Types;

namespace BudgetGraph.Api.Limits;

/// <summary>
/// Checks the values of a field's arguments before any resolver runs, whatever the schema: every list (a literal, a
/// variable's value or its default, at any depth of input objects and lists) has at most
/// <see cref="GraphQLLimitsOptions.MaxListSize"/> items (<c>MAX_LIST_SIZE</c>), and no string holds a NUL character
/// (<c>BAD_USER_INPUT</c>): PostgreSQL refuses U+0000 in text (22021), which would surface as an internal error, and
/// no name, code or text of the warehouse contains one.
/// </summary>
/// <remarks>
/// The types come from the schema's argument definitions, so a new list argument is bounded without being named
/// anywhere. The walk stops at the first problem of an argument (one error per argument) and never enters a list
/// over the limit, so it costs at most the size of the request. Values of the wrong shape are left alone: validation
/// and variable coercion refuse them with the specification's messages.
/// </remarks>
internal sealed class ArgumentLimits(JsonElement? variables, IReadOnlyDictionary<string, VariableDefinitionNode> variableDefinitions,
    int maxListSize, List<GraphQLError> errors)
{
    /// <summary>What is wrong with an argument: a list of <paramref name="Items"/> items at <paramref name="Path"/>, or a NUL there.</summary>
    private readonly record struct Problem(string Path, int Items, bool Nul);

    /// <summary>Adds an error for each argument of <paramref name="node"/> that breaks a rule.</summary>
    public void Check(FieldNode node, FieldDefinition definition, NamedType parentType)
    {
        foreach (var argument in node.Arguments)
        {
            if (!definition.Arguments.TryGetValue(argument.Name.Value, out var input)
                || Literal(argument.Value, input.Type, argument.Name.Value) is not { } problem)
            {
                continue;
            }

            var subject = $"Argument \"{problem.Path}\" of field \"{parentType.Name}.{definition.Name}\"";
            errors.Add(problem.Nul
                ? new GraphQLError($"{subject} contains a NUL character (U+0000), which no argument may contain.", [argument],
                    extensions: new Dictionary<string, object?> { ["code"] = ErrorCodes.BadUserInput })
                : new GraphQLError($"{subject} has {problem.Items.ToString(CultureInfo.InvariantCulture)} items; the largest list size is {maxListSize}.",
                    [argument], extensions: new Dictionary<string, object?>
                    {
                        ["code"] = ErrorCodes.MaxListSize,
                        ["limit"] = maxListSize,
                        ["actual"] = problem.Items,
                    }));
        }
    }

    private static GraphQLType Nullable(GraphQLType type) => type is NonNullType nonNull ? nonNull.OfType : type;

    private static string Item(string path, int index) => path + "[" + index.ToString(CultureInfo.InvariantCulture) + "]";

    private Problem? Literal(ValueNode value, GraphQLType type, string path)
    {
        var nullable = Nullable(type);
        switch (value)
        {
            case VariableNode variable:
                return Variable(variable.Name.Value, type, path);
            case StringValueNode text:
                return text.Value.Contains('\0') ? new Problem(path, 0, Nul: true) : null;
            case ListValueNode list when nullable is ListType listType:
                if (list.Values.Count > maxListSize)
                {
                    return new Problem(path, list.Values.Count, Nul: false);
                }

                for (var i = 0; i < list.Values.Count; i++)
                {
                    if (Literal(list.Values[i], listType.OfType, Item(path, i)) is { } problem)
                    {
                        return problem;
                    }
                }

                return null;
            case ObjectValueNode obj when nullable is InputObjectType inputType:
                foreach (var field in obj.Fields)
                {
                    if (inputType.Fields.TryGetValue(field.Name.Value, out var fieldDefinition)
                        && Literal(field.Value, fieldDefinition.Type, path + "." + field.Name.Value) is { } problem)
                    {
                        return problem;
                    }
                }

                return null;
            case not ListValueNode when nullable is ListType single:
                // Input coercion makes a single value a list of one.
                return Literal(value, single.OfType, path);
            default:
                return null;
        }
    }

    /// <summary>The variable's value in this request, else its default (a literal), checked as a value of <paramref name="type"/>.</summary>
    private Problem? Variable(string name, GraphQLType type, string path)
    {
        if (variables is { } values && values.TryGetProperty(name, out var json))
        {
            return Json(json, type, path);
        }

        return variableDefinitions.TryGetValue(name, out var definition) && definition.DefaultValue is { } fallback
            ? Literal(fallback, type, path)
            : null;
    }

    private Problem? Json(JsonElement json, GraphQLType type, string path)
    {
        var nullable = Nullable(type);
        switch (json.ValueKind)
        {
            case JsonValueKind.String:
                return json.GetString()!.Contains('\0') ? new Problem(path, 0, Nul: true) : null;
            case JsonValueKind.Array when nullable is ListType listType:
                var count = json.GetArrayLength();
                if (count > maxListSize)
                {
                    return new Problem(path, count, Nul: false);
                }

                var index = 0;
                foreach (var item in json.EnumerateArray())
                {
                    if (Json(item, listType.OfType, Item(path, index++)) is { } problem)
                    {
                        return problem;
                    }
                }

                return null;
            case JsonValueKind.Object when nullable is InputObjectType inputType:
                foreach (var property in json.EnumerateObject())
                {
                    if (inputType.Fields.TryGetValue(property.Name, out var fieldDefinition)
                        && Json(property.Value, fieldDefinition.Type, path + "." + property.Name) is { } problem)
                    {
                        return problem;
                    }
                }

                return null;
            case not JsonValueKind.Array when nullable is ListType single:
                return Json(json, single.OfType, path);
            default:
                return null;
        }
    }
}
