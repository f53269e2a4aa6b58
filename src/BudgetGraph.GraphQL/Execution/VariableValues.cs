using BudgetGraph.GraphQL.Language;
using BudgetGraph.GraphQL.Types;

namespace BudgetGraph.GraphQL.Execution;

/// <summary>Spec 6.1.2 CoerceVariableValues with graphql-js 17's messages.</summary>
public static class VariableValues
{
    /// <summary>The type a type reference names, or null when a named type is unknown.</summary>
    public static GraphQLType? TypeFromAst(Schema schema, TypeNode node) => node switch
    {
        NamedTypeNode named => schema.GetType(named.Name.Value),
        ListTypeNode list => TypeFromAst(schema, list.Type) is { } inner ? new ListType(inner) : null,
        NonNullTypeNode nonNull => TypeFromAst(schema, nonNull.Type) is { } inner ? new NonNullType(inner) : null,
        _ => null,
    };

    /// <summary>Coerces raw variable values; problems are added to <paramref name="errors"/>.</summary>
    public static IReadOnlyDictionary<string, object?> Coerce(Schema schema, IReadOnlyList<VariableDefinitionNode> definitions,
        IReadOnlyDictionary<string, object?> inputs, List<GraphQLError> errors)
    {
        var coerced = new Dictionary<string, object?>();
        foreach (var definition in definitions)
        {
            var name = definition.Variable.Name.Value;
            var type = TypeFromAst(schema, definition.Type);
            if (type is null || !type.IsInputType)
            {
                errors.Add(new GraphQLError(
                    $"Variable \"${name}\" expected value of type \"{Printer.Print(definition.Type)}\" which cannot be used as an input type.",
                    definition.Type));
                continue;
            }
            var provided = inputs.TryGetValue(name, out var value);
            if (!provided)
            {
                if (definition.DefaultValue is not null)
                {
                    var defaultValue = ValueCoercion.CoerceLiteral(definition.DefaultValue, type, null);
                    if (ReferenceEquals(defaultValue, ValueCoercion.Undefined))
                    {
                        ValueCoercion.ValidateLiteral(definition.DefaultValue, type, null, (message, path, _, original) =>
                            errors.Add(new GraphQLError($"Variable \"${name}\" has invalid default value{ValueCoercion.PrintPath(path)}: {message}",
                                new Node[] { definition }, originalException: original)));
                    }
                    else
                    {
                        coerced[name] = defaultValue;
                    }
                    continue;
                }
                if (type is not NonNullType)
                {
                    continue;
                }
            }
            var result = provided ? ValueCoercion.CoerceInputValue(value, type) : ValueCoercion.Undefined;
            if (!ReferenceEquals(result, ValueCoercion.Undefined))
            {
                coerced[name] = result;
                continue;
            }
            ValueCoercion.ValidateInputValue(value, type, (message, path, _, original) =>
                errors.Add(new GraphQLError($"Variable \"${name}\" has invalid value{ValueCoercion.PrintPath(path)}: {message}",
                    new Node[] { definition }, originalException: original)), missing: !provided);
        }
        return coerced;
    }
}
