using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace BudgetGraph.GraphQL.Utilities;

/// <summary>
/// Converts JSON into the engine's plain CLR value model: objects → <c>Dictionary&lt;string, object?&gt;</c>
/// (insertion ordered), arrays → <c>List&lt;object?&gt;</c>, strings, booleans, null, and numbers as
/// <c>long</c> when integral, else <c>decimal</c> (exact, so money keeps its digits), else <c>double</c>.
/// </summary>
public static class JsonValues
{
    /// <summary>Converts a JSON element.</summary>
    public static object? ToClr(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                var dict = new Dictionary<string, object?>();
                foreach (var property in element.EnumerateObject())
                {
                    dict[property.Name] = ToClr(property.Value);
                }
                return dict;
            case JsonValueKind.Array:
                var list = new List<object?>(element.GetArrayLength());
                foreach (var item in element.EnumerateArray())
                {
                    list.Add(ToClr(item));
                }
                return list;
            case JsonValueKind.String:
                return element.GetString();
            case JsonValueKind.Number:
                return NumberToClr(element);
            case JsonValueKind.True:
                return true;
            case JsonValueKind.False:
                return false;
            default:
                return null;
        }
    }

    /// <summary>Converts a JSON number: long if integral and in range, else exact decimal, else double.</summary>
    public static object NumberToClr(JsonElement element)
    {
        if (element.TryGetInt64(out var l))
        {
            return l;
        }
        var raw = element.GetRawText();
        if (decimal.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var m))
        {
            return m;
        }
        return element.TryGetDouble(out var d) ? d : raw.StartsWith('-') ? double.NegativeInfinity : double.PositiveInfinity;
    }

    /// <summary>Converts a JsonNode.</summary>
    public static object? ToClr(JsonNode? node) => node is null ? null : ToClr(JsonSerializer.SerializeToElement(node));

    /// <summary>Converts variables JSON (must be an object or null) to a dictionary.</summary>
    public static IReadOnlyDictionary<string, object?>? ToVariables(JsonElement? element)
    {
        if (element is not { } e || e.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined)
        {
            return null;
        }
        return ToClr(e) as Dictionary<string, object?>;
    }
}
