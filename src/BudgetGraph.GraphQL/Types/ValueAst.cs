using System.Collections;
using System.Globalization;
using System.Text.Json;
using BudgetGraph.GraphQL.Language;
using BudgetGraph.GraphQL.Utilities;

namespace BudgetGraph.GraphQL.Types;

/// <summary>Conversions between values and value literals (graphql-js <c>astFromValue</c>/<c>valueFromASTUntyped</c>).</summary>
public static class ValueAst
{
    /// <summary>
    /// The literal for an internal value of an input type (used to print defaults), or null when the value
    /// cannot be represented. Enum values are serialized to their names; scalars use ValueToLiteral.
    /// </summary>
    public static ValueNode? FromValue(object? value, GraphQLType type)
    {
        if (type is NonNullType nn)
        {
            return value is null ? null : FromValue(value, nn.OfType);
        }
        if (value is null)
        {
            return new NullValueNode();
        }
        if (value is JsonElement je)
        {
            value = JsonValues.ToClr(je);
        }
        switch (type)
        {
            case ListType list:
                if (value is IEnumerable items and not string and not IDictionary)
                {
                    var nodes = new List<ValueNode>();
                    foreach (var item in items)
                    {
                        var itemNode = FromValue(item, list.OfType);
                        if (itemNode is not null)
                        {
                            nodes.Add(itemNode);
                        }
                    }
                    return new ListValueNode { Values = nodes };
                }
                return FromValue(value, list.OfType);
            case InputObjectType io:
                if (value is not IDictionary<string, object?> dict)
                {
                    return null;
                }
                var fields = new List<ObjectFieldNode>();
                foreach (var field in io.Fields.Values)
                {
                    if (dict.TryGetValue(field.Name, out var fv))
                    {
                        var fieldNode = FromValue(fv, field.Type);
                        if (fieldNode is not null)
                        {
                            fields.Add(new ObjectFieldNode { Name = new NameNode { Value = field.Name }, Value = fieldNode });
                        }
                    }
                }
                return new ObjectValueNode { Fields = fields };
            case EnumType e:
                try
                {
                    return new EnumValueNode { Value = e.Serialize(value) };
                }
                catch (GraphQLException)
                {
                    return null;
                }
            case ScalarType s:
                return s.ValueToLiteral(value);
            default:
                return null;
        }
    }

    /// <summary>A literal for a plain value (graphql-js <c>defaultScalarValueToLiteral</c>).</summary>
    public static ValueNode? Untyped(object? value)
    {
        switch (value)
        {
            case null:
                return new NullValueNode();
            case bool b:
                return new BooleanValueNode { Value = b };
            case string s:
                return new StringValueNode { Value = s };
            case int or long or short or byte or sbyte or uint or ulong or ushort:
                return new IntValueNode { Value = Convert.ToString(value, CultureInfo.InvariantCulture)! };
            case double or float:
            {
                var d = Convert.ToDouble(value, CultureInfo.InvariantCulture);
                if (double.IsNaN(d) || double.IsInfinity(d))
                {
                    return null;
                }
                var text = JsNumber.Format(d);
                return d == Math.Floor(d) && !text.Contains('e') ? new IntValueNode { Value = text } : new FloatValueNode { Value = text };
            }
            case decimal m:
            {
                var text = JsNumber.Format(m);
                return text.Contains('.') ? new FloatValueNode { Value = text } : new IntValueNode { Value = text };
            }
            case JsonElement je:
                return Untyped(JsonValues.ToClr(je));
            case IDictionary<string, object?> dict:
                return new ObjectValueNode
                {
                    Fields = dict.Select(kv => new ObjectFieldNode
                    {
                        Name = new NameNode { Value = kv.Key },
                        Value = Untyped(kv.Value) ?? new NullValueNode(),
                    }).ToList(),
                };
            case IEnumerable items:
                return new ListValueNode { Values = items.Cast<object?>().Select(i => Untyped(i) ?? new NullValueNode()).ToList() };
            default:
                return new StringValueNode { Value = value.ToString() ?? "" };
        }
    }

    /// <summary>A plain value from a literal (graphql-js <c>valueFromASTUntyped</c>).</summary>
    public static object? ToUntypedValue(ValueNode node, IReadOnlyDictionary<string, object?>? variables) => node switch
    {
        NullValueNode => null,
        IntValueNode i => long.TryParse(i.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var l)
            ? l
            : double.Parse(i.Value, CultureInfo.InvariantCulture),
        FloatValueNode f => decimal.TryParse(f.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var m)
            ? m
            : double.Parse(f.Value, NumberStyles.Float, CultureInfo.InvariantCulture),
        StringValueNode s => s.Value,
        EnumValueNode e => e.Value,
        BooleanValueNode b => b.Value,
        ListValueNode list => list.Values.Select(v => ToUntypedValue(v, variables)).ToList(),
        ObjectValueNode obj => obj.Fields.ToDictionary(f => f.Name.Value, f => ToUntypedValue(f.Value, variables)),
        VariableNode v => variables is not null && variables.TryGetValue(v.Name.Value, out var value) ? value : null,
        _ => null,
    };
}
