using System.Buffers;
using System.Collections;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace BudgetGraph.GraphQL.Execution;

/// <summary>
/// A GraphQL response: <c>errors</c> (if any) first, then <c>data</c> (absent for request errors), then
/// <c>extensions</c> — the order graphql-js's <c>JSON.stringify</c> of <c>{ errors, data }</c> gives.
/// </summary>
public sealed record ExecutionResult
{
    private static readonly JsonWriterOptions WriterOptions = new()
    {
        // Keep non-ASCII text (e.g. Chinese budget names) readable and byte-identical to JSON.stringify.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        SkipValidation = true,
    };

    /// <summary>A request error result: errors and no data.</summary>
    public static ExecutionResult FromErrors(IReadOnlyList<GraphQLError> errors) => new() { Errors = errors };

    /// <summary>The data (a <see cref="ResultMap"/>), or null.</summary>
    public ResultMap? Data { get; init; }

    /// <summary>Whether the response has a <c>data</c> key (false for request errors).</summary>
    public bool HasData { get; init; }

    /// <summary>Errors, or null when there are none.</summary>
    public IReadOnlyList<GraphQLError>? Errors { get; init; }

    /// <summary>Response extensions.</summary>
    public IReadOnlyDictionary<string, object?>? Extensions { get; init; }

    /// <summary>The operation that ran, when one was selected.</summary>
    public Language.OperationType? OperationType { get; init; }

    /// <summary>Writes the response as JSON.</summary>
    public void WriteTo(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        if (Errors is { Count: > 0 })
        {
            writer.WritePropertyName("errors");
            writer.WriteStartArray();
            foreach (var error in Errors)
            {
                WriteError(writer, error);
            }
            writer.WriteEndArray();
        }
        if (HasData)
        {
            writer.WritePropertyName("data");
            WriteValue(writer, Data);
        }
        if (Extensions is { Count: > 0 })
        {
            writer.WritePropertyName("extensions");
            WriteValue(writer, Extensions);
        }
        writer.WriteEndObject();
    }

    /// <summary>Writes the response as UTF-8 JSON to a buffer writer (e.g. an HTTP response body).</summary>
    public void WriteTo(IBufferWriter<byte> output)
    {
        using var writer = new Utf8JsonWriter(output, WriterOptions);
        WriteTo(writer);
    }

    /// <summary>Writes the response as UTF-8 JSON to a stream.</summary>
    public void WriteTo(Stream stream)
    {
        using var writer = new Utf8JsonWriter(stream, WriterOptions);
        WriteTo(writer);
    }

    /// <summary>The response as compact JSON text.</summary>
    public string ToJson()
    {
        var buffer = new ArrayBufferWriter<byte>();
        WriteTo(buffer);
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <inheritdoc />
    public override string ToString() => ToJson();

    /// <summary>Writes one error: message, locations, path, extensions (graphql-js <c>toJSON</c> order).</summary>
    public static void WriteError(Utf8JsonWriter writer, GraphQLError error)
    {
        writer.WriteStartObject();
        writer.WriteString("message", error.Message);
        if (error.Locations is { Count: > 0 })
        {
            writer.WritePropertyName("locations");
            writer.WriteStartArray();
            foreach (var location in error.Locations)
            {
                writer.WriteStartObject();
                writer.WriteNumber("line", location.Line);
                writer.WriteNumber("column", location.Column);
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
        }
        if (error.Path is { Count: > 0 })
        {
            writer.WritePropertyName("path");
            writer.WriteStartArray();
            foreach (var key in error.Path)
            {
                if (key is int i)
                {
                    writer.WriteNumberValue(i);
                }
                else
                {
                    writer.WriteStringValue(key.ToString());
                }
            }
            writer.WriteEndArray();
        }
        if (error.Extensions is { Count: > 0 })
        {
            writer.WritePropertyName("extensions");
            WriteValue(writer, error.Extensions);
        }
        writer.WriteEndObject();
    }

    /// <summary>Writes a completed value (result maps, lists, serialized leaves, JSON, dictionaries).</summary>
    public static void WriteValue(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null:
                writer.WriteNullValue();
                return;
            case ResultMap map:
                writer.WriteStartObject();
                var keys = map.KeyArray;
                var values = map.ValueArray;
                for (var i = 0; i < keys.Length; i++)
                {
                    if (ReferenceEquals(values[i], ValueCoercion.Undefined))
                    {
                        continue;
                    }
                    writer.WritePropertyName(keys[i]);
                    WriteValue(writer, values[i]);
                }
                writer.WriteEndObject();
                return;
            case string s:
                writer.WriteStringValue(s);
                return;
            case bool b:
                writer.WriteBooleanValue(b);
                return;
            case int i32:
                writer.WriteNumberValue(i32);
                return;
            case long i64:
                writer.WriteNumberValue(i64);
                return;
            case decimal m:
                // Utf8JsonWriter writes decimals with all their digits: 44972.11 stays 44972.11.
                writer.WriteNumberValue(m);
                return;
            case double d:
                writer.WriteNumberValue(d);
                return;
            case float f:
                writer.WriteNumberValue(f);
                return;
            case object?[] list:
                writer.WriteStartArray();
                foreach (var item in list)
                {
                    WriteValue(writer, item);
                }
                writer.WriteEndArray();
                return;
            case JsonElement element:
                element.WriteTo(writer);
                return;
            case JsonNode node:
                node.WriteTo(writer);
                return;
            case IEnumerable<KeyValuePair<string, object?>> dict:
                writer.WriteStartObject();
                foreach (var (k, v) in dict)
                {
                    writer.WritePropertyName(k);
                    WriteValue(writer, v);
                }
                writer.WriteEndObject();
                return;
            case IEnumerable items:
                writer.WriteStartArray();
                foreach (var item in items)
                {
                    WriteValue(writer, item);
                }
                writer.WriteEndArray();
                return;
            case short or byte or sbyte or ushort or uint or ulong:
                writer.WriteNumberValue(Convert.ToDecimal(value, System.Globalization.CultureInfo.InvariantCulture));
                return;
            default:
                writer.WriteStringValue(value.ToString());
                return;
        }
    }
}
