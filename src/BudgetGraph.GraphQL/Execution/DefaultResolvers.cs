using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using BudgetGraph.GraphQL.Types;

namespace BudgetGraph.GraphQL.Execution;

/// <summary>
/// graphql-js's default field resolver for this runtime: the parent's property named like the field, where
/// the parent is a JSON object (JsonElement/JsonObject), a string-keyed dictionary, or a CLR object
/// (public property, exact name first, then ignoring case).
/// </summary>
public static class DefaultFieldResolver
{
    private static readonly ConcurrentDictionary<(Type, string), Func<object, object?>?> Getters = new();

    /// <summary>Reads <paramref name="name"/> from <paramref name="parent"/>, or null.</summary>
    public static object? Resolve(object? parent, string name)
    {
        switch (parent)
        {
            case null:
                return null;
            case JsonElement { ValueKind: JsonValueKind.Object } element:
                return element.TryGetProperty(name, out var property) ? property : null;
            case JsonElement:
                return null;
            case IDictionary<string, object?> dict:
                return dict.TryGetValue(name, out var value) ? value : null;
            case IReadOnlyDictionary<string, object?> readOnly:
                return readOnly.TryGetValue(name, out var roValue) ? roValue : null;
            case JsonObject obj:
                return obj.TryGetPropertyValue(name, out var node) ? node : null;
        }
        var getter = Getters.GetOrAdd((parent.GetType(), name), static key => CreateGetter(key.Item1, key.Item2));
        return getter?.Invoke(parent);
    }

    private static Func<object, object?>? CreateGetter(Type type, string name)
    {
        var property = type.GetProperty(name, BindingFlags.Public | BindingFlags.Instance)
                       ?? type.GetProperty(name, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase);
        if (property?.GetMethod is null || property.GetIndexParameters().Length > 0)
        {
            return null;
        }
        return property.GetValue;
    }
}

/// <summary>
/// Default abstract type resolution: a <c>__typename</c> property of the value (JSON or dictionary), then
/// each possible type's <see cref="ObjectType.IsTypeOf"/> or <see cref="ObjectType.ClrType"/>, then a
/// possible type named like the value's CLR type.
/// </summary>
public static class DefaultTypeResolver
{
    /// <summary>The runtime type name, or null when it cannot be determined.</summary>
    public static string? Resolve(Schema schema, NamedType abstractType, object? value)
    {
        var typename = DefaultFieldResolver.Resolve(value, "__typename");
        switch (typename)
        {
            case string s:
                return s;
            case JsonElement { ValueKind: JsonValueKind.String } e:
                return e.GetString();
            case JsonValue v when v.TryGetValue<string>(out var str):
                return str;
        }
        if (value is null or JsonElement or IDictionary<string, object?> or JsonNode)
        {
            return null;
        }
        var possible = schema.GetPossibleTypes(abstractType);
        foreach (var type in possible)
        {
            if (type.IsTypeOf is { } isTypeOf ? isTypeOf(value) : type.ClrType?.IsInstanceOfType(value) == true)
            {
                return type.Name;
            }
        }
        var clrName = value.GetType().Name;
        foreach (var type in possible)
        {
            if (type.Name == clrName)
            {
                return type.Name;
            }
        }
        return null;
    }
}
