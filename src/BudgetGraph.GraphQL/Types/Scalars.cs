using System.Globalization;
using System.Text.Json;
using BudgetGraph.GraphQL.Language;
using BudgetGraph.GraphQL.Utilities;

namespace BudgetGraph.GraphQL.Types;

/// <summary>
/// A scalar type. <see cref="Serialize"/> is result coercion (internal value → JSON-writable value:
/// string, bool, int, long, double, decimal, or a JsonElement); <see cref="ParseValue"/> is input coercion of
/// an external value (from variables: string, bool, long, decimal, double, List, Dictionary);
/// <see cref="ParseLiteral"/> is input coercion of a literal. Failures throw <see cref="GraphQLException"/>
/// with graphql-js's message.
/// </summary>
public abstract class ScalarType : NamedType
{
    /// <summary>Creates a scalar type.</summary>
    protected ScalarType(string name) : base(name)
    {
    }

    /// <summary>The <c>@specifiedBy</c> URL.</summary>
    public string? SpecifiedByUrl { get; set; }

    /// <summary>Result coercion.</summary>
    public abstract object? Serialize(object? value);

    /// <summary>Input coercion of an external (variables) value.</summary>
    public abstract object? ParseValue(object? value);

    /// <summary>Input coercion of a literal (variables already substituted by the caller).</summary>
    public abstract object? ParseLiteral(ValueNode node);

    /// <summary>Turns an internal value into a literal for printing defaults; null when impossible.</summary>
    public virtual ValueNode? ValueToLiteral(object? value) => ValueAst.Untyped(value);

    /// <summary>Normalises JSON elements to CLR values so scalar code handles one value model.</summary>
    protected static object? Unwrap(object? value) => value is JsonElement e ? JsonValues.ToClr(e) : value;

    /// <summary>Whether the value is a CLR number.</summary>
    protected static bool IsNumber(object? value) =>
        value is int or long or double or decimal or float or short or byte or sbyte or uint or ulong or ushort;

    /// <summary>A number as double.</summary>
    protected static double ToDouble(object value) => Convert.ToDouble(value, CultureInfo.InvariantCulture);

    /// <summary>Parses a string like JavaScript's <c>Number()</c> (decimal notation only); null when NaN.</summary>
    protected static double? JsNumberFromString(string s)
    {
        var t = s.Trim();
        if (t.Length == 0)
        {
            return 0;
        }
        return double.TryParse(t, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? d : null;
    }
}

/// <summary>The built-in scalars and the exact <c>Decimal</c> scalar.</summary>
public static class Scalars
{
    /// <summary>Int: 32-bit signed integers.</summary>
    public static readonly ScalarType Int = new IntScalar();
    /// <summary>Float: finite IEEE 754 doubles.</summary>
    public static readonly ScalarType Float = new FloatScalar();
    /// <summary>String.</summary>
    public static readonly ScalarType String = new StringScalar();
    /// <summary>Boolean.</summary>
    public static readonly ScalarType Boolean = new BooleanScalar();
    /// <summary>ID: serialized as a string; accepts strings and integers.</summary>
    public static readonly ScalarType ID = new IdScalar();
    /// <summary>Decimal: exact decimal numbers written as JSON numbers (money).</summary>
    public static readonly ScalarType Decimal = new DecimalScalar();

    /// <summary>The five specified scalars in graphql-js order.</summary>
    public static readonly IReadOnlyList<ScalarType> Specified = new[] { String, Int, Float, Boolean, ID };

    /// <summary>Whether a name is one of the five specified scalars.</summary>
    public static bool IsSpecified(string name) => name is "String" or "Int" or "Float" or "Boolean" or "ID";

    /// <summary>The specified scalar of this name, or null.</summary>
    public static ScalarType? GetSpecified(string name) => name switch
    {
        "String" => String,
        "Int" => Int,
        "Float" => Float,
        "Boolean" => Boolean,
        "ID" => ID,
        _ => null,
    };

    private sealed class IntScalar : ScalarType
    {
        public IntScalar() : base("Int") =>
            Description = "The `Int` scalar type represents non-fractional signed whole numeric values. Int can represent values between -(2^31) and 2^31 - 1.";

        public override object? Serialize(object? value)
        {
            value = Unwrap(value);
            switch (value)
            {
                case int: return value; // already boxed: no new allocation
                case bool b: return b ? 1 : 0;
                case string s:
                {
                    var n = s.Length == 0 ? null : JsNumberFromString(s);
                    if (n is not { } d || d != Math.Floor(d) || double.IsInfinity(d))
                    {
                        throw new GraphQLException($"Int cannot represent non-integer value: {Inspect.Format(s)}");
                    }
                    if (d > int.MaxValue || d < int.MinValue)
                    {
                        throw new GraphQLException($"Int cannot represent non 32-bit signed integer value: {Inspect.Format(s)}");
                    }
                    return (int)d;
                }
            }
            if (IsNumber(value))
            {
                return FromNumber(value!);
            }
            throw new GraphQLException($"Int cannot represent non-integer value: {Inspect.Format(value)}");
        }

        private static int FromNumber(object value)
        {
            switch (value)
            {
                case int i: return i;
                case long or uint or ulong or short or ushort or byte or sbyte:
                {
                    var d = Convert.ToDecimal(value, CultureInfo.InvariantCulture);
                    if (d > int.MaxValue || d < int.MinValue)
                    {
                        throw new GraphQLException($"Int cannot represent non 32-bit signed integer value: {Inspect.Format(value)}");
                    }
                    return (int)d;
                }
                case decimal m:
                    if (m != decimal.Truncate(m))
                    {
                        throw new GraphQLException($"Int cannot represent non-integer value: {Inspect.Format(m)}");
                    }
                    if (m > int.MaxValue || m < int.MinValue)
                    {
                        throw new GraphQLException($"Int cannot represent non 32-bit signed integer value: {Inspect.Format(m)}");
                    }
                    return (int)m;
                default:
                {
                    var d = ToDouble(value);
                    if (double.IsNaN(d) || double.IsInfinity(d) || d != Math.Floor(d))
                    {
                        throw new GraphQLException($"Int cannot represent non-integer value: {Inspect.Format(d)}");
                    }
                    if (d > int.MaxValue || d < int.MinValue)
                    {
                        throw new GraphQLException($"Int cannot represent non 32-bit signed integer value: {Inspect.Format(d)}");
                    }
                    return (int)d;
                }
            }
        }

        public override object? ParseValue(object? value)
        {
            value = Unwrap(value);
            if (IsNumber(value))
            {
                return FromNumber(value!);
            }
            throw new GraphQLException($"Int cannot represent non-integer value: {Inspect.Format(value)}");
        }

        public override object? ParseLiteral(ValueNode node)
        {
            if (node is not IntValueNode i)
            {
                throw new GraphQLException($"Int cannot represent non-integer value: {Printer.Print(node)}");
            }
            if (!int.TryParse(i.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n))
            {
                throw new GraphQLException($"Int cannot represent non 32-bit signed integer value: {i.Value}");
            }
            return n;
        }

        public override ValueNode? ValueToLiteral(object? value) =>
            value is int or short or byte or sbyte or ushort || (value is long l && l is >= int.MinValue and <= int.MaxValue)
                ? new IntValueNode { Value = Convert.ToString(value, CultureInfo.InvariantCulture)! }
                : null;
    }

    private sealed class FloatScalar : ScalarType
    {
        public FloatScalar() : base("Float") =>
            Description = "The `Float` scalar type represents signed double-precision fractional values as specified by [IEEE 754](https://en.wikipedia.org/wiki/IEEE_floating_point).";

        public override object? Serialize(object? value)
        {
            value = Unwrap(value);
            switch (value)
            {
                case double d when !double.IsNaN(d) && !double.IsInfinity(d): return value; // already boxed
                case bool b: return b ? 1d : 0d;
                case string s:
                {
                    var n = s.Length == 0 ? null : JsNumberFromString(s);
                    if (n is not { } d || double.IsInfinity(d))
                    {
                        throw new GraphQLException($"Float cannot represent non numeric value: {Inspect.Format(s)}");
                    }
                    return d;
                }
            }
            if (IsNumber(value))
            {
                return FromNumber(value!);
            }
            throw new GraphQLException($"Float cannot represent non numeric value: {Inspect.Format(value)}");
        }

        private static double FromNumber(object value)
        {
            var d = ToDouble(value);
            if (double.IsNaN(d) || double.IsInfinity(d))
            {
                throw new GraphQLException($"Float cannot represent non numeric value: {Inspect.Format(d)}");
            }
            return d;
        }

        public override object? ParseValue(object? value)
        {
            value = Unwrap(value);
            if (IsNumber(value))
            {
                return FromNumber(value!);
            }
            throw new GraphQLException($"Float cannot represent non numeric value: {Inspect.Format(value)}");
        }

        public override object? ParseLiteral(ValueNode node) => node switch
        {
            IntValueNode i => double.Parse(i.Value, NumberStyles.Float, CultureInfo.InvariantCulture),
            FloatValueNode f => double.Parse(f.Value, NumberStyles.Float, CultureInfo.InvariantCulture),
            _ => throw new GraphQLException($"Float cannot represent non numeric value: {Printer.Print(node)}"),
        };

        public override ValueNode? ValueToLiteral(object? value) =>
            IsNumber(value) ? ValueAst.Untyped(value) : null;
    }

    private sealed class StringScalar : ScalarType
    {
        public StringScalar() : base("String") =>
            Description = "The `String` scalar type represents textual data, represented as UTF-8 character sequences. The String type is most often used by GraphQL to represent free-form human-readable text.";

        public override object? Serialize(object? value)
        {
            value = Unwrap(value);
            switch (value)
            {
                case string s: return s;
                case bool b: return b ? "true" : "false";
                case char c: return c.ToString();
                case Guid g: return g.ToString();
                case double d when double.IsNaN(d) || double.IsInfinity(d):
                    throw new GraphQLException($"String cannot represent value: {Inspect.Format(d)}");
            }
            if (IsNumber(value))
            {
                return Inspect.Format(value);
            }
            throw new GraphQLException($"String cannot represent value: {Inspect.Format(value)}");
        }

        public override object? ParseValue(object? value)
        {
            value = Unwrap(value);
            return value as string ?? throw new GraphQLException($"String cannot represent a non string value: {Inspect.Format(value)}");
        }

        public override object? ParseLiteral(ValueNode node) =>
            node is StringValueNode s ? s.Value : throw new GraphQLException($"String cannot represent a non string value: {Printer.Print(node)}");

        public override ValueNode? ValueToLiteral(object? value) =>
            value is string s ? new StringValueNode { Value = s } : null;
    }

    private sealed class BooleanScalar : ScalarType
    {
        public BooleanScalar() : base("Boolean") => Description = "The `Boolean` scalar type represents `true` or `false`.";

        public override object? Serialize(object? value)
        {
            value = Unwrap(value);
            if (value is bool)
            {
                return value;
            }
            if (IsNumber(value))
            {
                var d = ToDouble(value!);
                if (double.IsNaN(d) || double.IsInfinity(d))
                {
                    throw new GraphQLException($"Boolean cannot represent a non boolean value: {Inspect.Format(d)}");
                }
                return d != 0;
            }
            throw new GraphQLException($"Boolean cannot represent a non boolean value: {Inspect.Format(value)}");
        }

        public override object? ParseValue(object? value)
        {
            value = Unwrap(value);
            return value is bool b ? b : throw new GraphQLException($"Boolean cannot represent a non boolean value: {Inspect.Format(value)}");
        }

        public override object? ParseLiteral(ValueNode node) =>
            node is BooleanValueNode b ? b.Value : throw new GraphQLException($"Boolean cannot represent a non boolean value: {Printer.Print(node)}");

        public override ValueNode? ValueToLiteral(object? value) => value is bool b ? new BooleanValueNode { Value = b } : null;
    }

    private sealed class IdScalar : ScalarType
    {
        public IdScalar() : base("ID") =>
            Description = "The `ID` scalar type represents a unique identifier, often used to refetch an object or as key for a cache. The ID type appears in a JSON response as a String; however, it is not intended to be human-readable. When expected as an input type, any string (such as `\"4\"`) or integer (such as `4`) input value will be accepted as an ID.";

        public override object? Serialize(object? value)
        {
            value = Unwrap(value);
            return value switch
            {
                string s => s,
                Guid g => g.ToString(),
                _ when IsNumber(value) => FromNumber(value!),
                _ => throw new GraphQLException($"ID cannot represent value: {Inspect.Format(value)}"),
            };
        }

        private static string FromNumber(object value)
        {
            switch (value)
            {
                case int or long or short or byte or sbyte or uint or ulong or ushort:
                    return Convert.ToString(value, CultureInfo.InvariantCulture)!;
                case decimal m when m == decimal.Truncate(m):
                    return decimal.Truncate(m).ToString(CultureInfo.InvariantCulture);
                default:
                {
                    if (value is not decimal)
                    {
                        var d = ToDouble(value);
                        if (d == Math.Floor(d) && !double.IsInfinity(d))
                        {
                            return Inspect.Format(d);
                        }
                    }
                    throw new GraphQLException($"ID cannot represent value: {Inspect.Format(value)}");
                }
            }
        }

        public override object? ParseValue(object? value)
        {
            value = Unwrap(value);
            return value switch
            {
                string s => s,
                _ when IsNumber(value) => FromNumber(value!),
                _ => throw new GraphQLException($"ID cannot represent value: {Inspect.Format(value)}"),
            };
        }

        public override object? ParseLiteral(ValueNode node) => node switch
        {
            StringValueNode s => s.Value,
            IntValueNode i => i.Value,
            _ => throw new GraphQLException("ID cannot represent a non-string and non-integer value: " + Printer.Print(node)),
        };

        public override ValueNode? ValueToLiteral(object? value)
        {
            if (value is string s)
            {
                var isInt = s.Length > 0 && System.Text.RegularExpressions.Regex.IsMatch(s, "^-?(?:0|[1-9][0-9]*)$");
                return isInt ? new IntValueNode { Value = s } : new StringValueNode { Value = s };
            }
            return IsNumber(value) ? new IntValueNode { Value = FromNumber(value!) } : null;
        }
    }

    private sealed class DecimalScalar : ScalarType
    {
        public DecimalScalar() : base("Decimal")
        {
            Description = "An exact decimal number, written as a JSON number with all its digits (no binary floating point rounding). Amounts of money use it.";
            SpecifiedByUrl = "https://www.rfc-editor.org/rfc/rfc8259#section-6";
        }

        public override object? Serialize(object? value)
        {
            value = Unwrap(value);
            switch (value)
            {
                case decimal m: return m;
                case int or long or short or byte or sbyte or uint or ulong or ushort:
                    return Convert.ToDecimal(value, CultureInfo.InvariantCulture);
                case double or float:
                {
                    var d = ToDouble(value);
                    if (double.IsNaN(d) || double.IsInfinity(d) || Math.Abs(d) > (double)decimal.MaxValue)
                    {
                        throw new GraphQLException($"Decimal cannot represent value: {Inspect.Format(d)}");
                    }
                    return (decimal)d;
                }
                case string s when decimal.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed):
                    return parsed;
            }
            throw new GraphQLException($"Decimal cannot represent value: {Inspect.Format(value)}");
        }

        public override object? ParseValue(object? value)
        {
            value = Unwrap(value);
            if (value is string)
            {
                return Serialize(value);
            }
            if (IsNumber(value))
            {
                return Serialize(value);
            }
            throw new GraphQLException($"Decimal cannot represent value: {Inspect.Format(value)}");
        }

        public override object? ParseLiteral(ValueNode node)
        {
            var text = node switch
            {
                IntValueNode i => i.Value,
                FloatValueNode f => f.Value,
                StringValueNode s => s.Value,
                _ => throw new GraphQLException($"Decimal cannot represent a non-numeric value: {Printer.Print(node)}"),
            };
            if (decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var m))
            {
                return m;
            }
            throw new GraphQLException($"Decimal cannot represent value: {Printer.Print(node)}");
        }

        public override ValueNode? ValueToLiteral(object? value) => value switch
        {
            decimal m => m == decimal.Truncate(m) && !m.ToString(CultureInfo.InvariantCulture).Contains('.')
                ? new IntValueNode { Value = m.ToString(CultureInfo.InvariantCulture) }
                : new FloatValueNode { Value = m.ToString(CultureInfo.InvariantCulture) },
            _ when IsNumber(value) => ValueAst.Untyped(value),
            _ => null,
        };
    }
}

/// <summary>
/// A scalar defined by delegates (code-first custom scalars), or by SDL with graphql-js's defaults:
/// values pass through unchanged and literals become plain values.
/// </summary>
public sealed class CustomScalarType : ScalarType
{
    /// <summary>Creates a custom scalar; omitted delegates behave like graphql-js's defaults.</summary>
    public CustomScalarType(string name, Func<object?, object?>? serialize = null, Func<object?, object?>? parseValue = null,
        Func<ValueNode, object?>? parseLiteral = null) : base(name)
    {
        SerializeFunc = serialize;
        ParseValueFunc = parseValue;
        ParseLiteralFunc = parseLiteral;
    }

    /// <summary>Result coercion delegate.</summary>
    public Func<object?, object?>? SerializeFunc { get; set; }
    /// <summary>Variable coercion delegate.</summary>
    public Func<object?, object?>? ParseValueFunc { get; set; }
    /// <summary>Literal coercion delegate.</summary>
    public Func<ValueNode, object?>? ParseLiteralFunc { get; set; }

    /// <inheritdoc />
    public override object? Serialize(object? value) => SerializeFunc is null ? value : SerializeFunc(value);

    /// <inheritdoc />
    public override object? ParseValue(object? value) => ParseValueFunc is null ? Unwrap(value) : ParseValueFunc(value);

    /// <inheritdoc />
    public override object? ParseLiteral(ValueNode node) => ParseLiteralFunc is null ? ValueAst.ToUntypedValue(node, null) : ParseLiteralFunc(node);
}
