using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Text.Json;
using BudgetGraph.GraphQL.Utilities;

namespace BudgetGraph.GraphQL.Execution;

/// <summary>
/// Converts coerced GraphQL input values (int, double, string, bool, decimal, enum values, lists,
/// dictionaries) to the CLR types resolvers ask for.
/// </summary>
public static class ArgumentBinder
{
    /// <summary>Converts a value to <typeparamref name="T"/>.</summary>
    public static T Convert<T>(object? value) => (T)Convert(value, typeof(T))!;

    /// <summary>Converts a value to <paramref name="target"/>.</summary>
    public static object? Convert(object? value, Type target)
    {
        if (value is JsonElement je)
        {
            value = JsonValues.ToClr(je);
        }
        var underlying = Nullable.GetUnderlyingType(target);
        if (value is null)
        {
            if (target.IsValueType && underlying is null)
            {
                throw new InvalidCastException($"Cannot convert null to {target.Name}.");
            }
            return null;
        }
        var type = underlying ?? target;
        if (type.IsInstanceOfType(value))
        {
            return value;
        }
        if (type.IsEnum)
        {
            return value is string s ? Enum.Parse(type, s, ignoreCase: false) : Enum.ToObject(type, value);
        }
        if (type == typeof(string))
        {
            return System.Convert.ToString(value, CultureInfo.InvariantCulture);
        }
        if (value is IConvertible && (type.IsPrimitive || type == typeof(decimal)))
        {
            return System.Convert.ChangeType(value, type, CultureInfo.InvariantCulture);
        }
        if (value is IEnumerable list && value is not string && value is not IDictionary<string, object?>)
        {
            var elementType = type.IsArray ? type.GetElementType()! : type.IsGenericType ? type.GetGenericArguments()[0] : typeof(object);
            var items = new List<object?>();
            foreach (var item in list)
            {
                items.Add(Convert(item, elementType));
            }
            if (type.IsArray)
            {
                var array = Array.CreateInstance(elementType, items.Count);
                for (var i = 0; i < items.Count; i++)
                {
                    array.SetValue(items[i], i);
                }
                return array;
            }
            var typed = (IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(elementType))!;
            foreach (var item in items)
            {
                typed.Add(item);
            }
            return typed;
        }
        if (value is IDictionary<string, object?> dict)
        {
            return BindObject(dict, type);
        }
        throw new InvalidCastException($"Cannot convert {value.GetType().Name} to {type.Name}.");
    }

    private static object BindObject(IDictionary<string, object?> dict, Type type)
    {
        // Records bind through their widest constructor (parameter names match field names case-insensitively);
        // other classes through settable properties.
        var ctor = type.GetConstructors().OrderByDescending(c => c.GetParameters().Length).FirstOrDefault();
        object instance;
        var used = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        if (ctor is not null && ctor.GetParameters().Length > 0)
        {
            var parameters = ctor.GetParameters();
            var args = new object?[parameters.Length];
            for (var i = 0; i < parameters.Length; i++)
            {
                var p = parameters[i];
                var entry = dict.FirstOrDefault(kv => string.Equals(kv.Key, p.Name, StringComparison.OrdinalIgnoreCase));
                if (entry.Key is not null)
                {
                    args[i] = Convert(entry.Value, p.ParameterType);
                    used.Add(entry.Key);
                }
                else
                {
                    args[i] = p.HasDefaultValue ? p.DefaultValue : p.ParameterType.IsValueType ? Activator.CreateInstance(p.ParameterType) : null;
                }
            }
            instance = ctor.Invoke(args);
        }
        else
        {
            instance = Activator.CreateInstance(type)!;
        }
        foreach (var (key, v) in dict)
        {
            if (used.Contains(key))
            {
                continue;
            }
            var prop = type.GetProperty(key, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase);
            if (prop is { CanWrite: true })
            {
                prop.SetValue(instance, Convert(v, prop.PropertyType));
            }
        }
        return instance;
    }
}
