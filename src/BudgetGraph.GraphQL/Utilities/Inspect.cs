using System.Collections;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace BudgetGraph.GraphQL.Utilities;

/// <summary>Formats values in messages the way graphql-js's <c>inspect</c> does (JSON strings, JS numbers, <c>{ a: 1 }</c>).</summary>
public static class Inspect
{
    /// <summary>Formats a value.</summary>
    public static string Format(object? value) => Format(value, 0);

    private static string Format(object? value, int depth)
    {
        switch (value)
        {
            case null:
                return "null";
            case string s:
                return JsonString(s);
            case bool b:
                return b ? "true" : "false";
            case double d:
                return JsNumber.Format(d);
            case float f:
                return JsNumber.Format(f);
            case decimal m:
                return JsNumber.Format(m);
            case int or long or short or byte or sbyte or uint or ulong or ushort:
                return Convert.ToString(value, CultureInfo.InvariantCulture)!;
            case JsonElement e:
                return FormatJson(e, depth);
            case JsonNode n:
                return FormatJson(JsonSerializer.SerializeToElement(n), depth);
            case Enum e:
                return JsonString(e.ToString());
            case IDictionary<string, object?> dict:
                if (dict.Count == 0)
                {
                    return "{}";
                }
                if (depth > 2)
                {
                    return "[Object]";
                }
                return "{ " + string.Join(", ", dict.Select(kv => kv.Key + ": " + Format(kv.Value, depth + 1))) + " }";
            case IEnumerable list:
                return FormatList(list.Cast<object?>().ToList(), depth);
            default:
                return value.ToString() ?? "";
        }
    }

    private static string FormatList(List<object?> items, int depth)
    {
        if (items.Count == 0)
        {
            return "[]";
        }
        if (depth > 2)
        {
            return "[Array]";
        }
        var len = Math.Min(10, items.Count);
        var parts = new List<string>(len + 1);
        for (var i = 0; i < len; i++)
        {
            parts.Add(Format(items[i], depth + 1));
        }
        var remaining = items.Count - len;
        if (remaining == 1)
        {
            parts.Add("... 1 more item");
        }
        else if (remaining > 1)
        {
            parts.Add($"... {remaining} more items");
        }
        return "[" + string.Join(", ", parts) + "]";
    }

    private static string FormatJson(JsonElement e, int depth) => e.ValueKind switch
    {
        JsonValueKind.Object => Format(JsonValues.ToClr(e), depth),
        JsonValueKind.Array => Format(JsonValues.ToClr(e), depth),
        _ => Format(JsonValues.ToClr(e), depth),
    };

    /// <summary>JSON.stringify of a string.</summary>
    public static string JsonString(string s)
    {
        var sb = new StringBuilder(s.Length + 2).Append('"');
        foreach (var c in s)
        {
            switch (c)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                case '\b': sb.Append("\\b"); break;
                case '\f': sb.Append("\\f"); break;
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                case '\t': sb.Append("\\t"); break;
                default:
                    if (c < 0x20)
                    {
                        sb.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        sb.Append(c);
                    }
                    break;
            }
        }
        return sb.Append('"').ToString();
    }
}

/// <summary>Number formatting as JavaScript's <c>String(number)</c> does it.</summary>
public static class JsNumber
{
    /// <summary>Formats a double like JS (<c>1</c>, <c>1.5</c>, <c>1e+21</c>, <c>NaN</c>, <c>Infinity</c>).</summary>
    public static string Format(double d)
    {
        if (double.IsNaN(d))
        {
            return "NaN";
        }
        if (double.IsPositiveInfinity(d))
        {
            return "Infinity";
        }
        if (double.IsNegativeInfinity(d))
        {
            return "-Infinity";
        }
        if (d == 0)
        {
            return "0";
        }
        var abs = Math.Abs(d);
        if (abs >= 1e21 || abs < 1e-6)
        {
            var r = d.ToString("R", CultureInfo.InvariantCulture); // e.g. 1E+21, 1E-07
            var idx = r.IndexOf('E');
            if (idx < 0)
            {
                return r;
            }
            var mantissa = r[..idx];
            var exp = int.Parse(r[(idx + 1)..], CultureInfo.InvariantCulture);
            return mantissa + "e" + (exp >= 0 ? "+" : "-") + Math.Abs(exp).ToString(CultureInfo.InvariantCulture);
        }
        if (d == Math.Floor(d) && abs < 1e21)
        {
            return d.ToString("F0", CultureInfo.InvariantCulture);
        }
        return d.ToString("R", CultureInfo.InvariantCulture);
    }

    /// <summary>Formats a decimal without trailing fractional zeros (as the equivalent JS number prints).</summary>
    public static string Format(decimal m)
    {
        var abs = Math.Abs(m);
        if (abs >= 1e21m || (abs != 0 && abs < 0.000001m))
        {
            // JavaScript switches to exponent notation here.
            return Format((double)m);
        }
        var s = m.ToString(CultureInfo.InvariantCulture);
        if (s.Contains('.'))
        {
            s = s.TrimEnd('0').TrimEnd('.');
        }
        return s == "-0" ? "0" : s;
    }
}
