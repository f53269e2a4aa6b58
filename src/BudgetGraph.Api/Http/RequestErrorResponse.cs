using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using BudgetGraph.GraphSchema.Errors;

namespace BudgetGraph.Api.Http;

/// <summary>
/// A request error the server answers itself, without executing anything (a refusal, an unknown persisted query,
/// a syntax error, the rate limiter): a public message, its code and, for a syntax error, where it is.
/// </summary>
/// <param name="Message">The public message; written capped by <see cref="EchoedText.Cap"/>.</param>
/// <param name="Code">The <c>extensions.code</c>, one of <see cref="ErrorCodes"/>.</param>
/// <param name="Line">The 1-based line of the one location, or null for none.</param>
/// <param name="Column">The 1-based column of the one location.</param>
public sealed record RequestError(string Message, string Code, int? Line = null, int Column = 0)
{
    private static readonly JsonWriterOptions WriterOptions = new()
    {
        // Chinese text stays readable; the body is JSON (never inlined into HTML), so no HTML escaping is needed.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>
    /// The response body: <c>{"errors":[{"message","locations"?,"extensions":{"code","correlationId"}}]}</c>, no
    /// <c>data</c> (the request was not executed).
    /// </summary>
    public byte[] Serialize(string correlationId)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            writer.WriteStartObject();
            writer.WritePropertyName("errors");
            writer.WriteStartArray();
            writer.WriteStartObject();
            writer.WriteString("message", EchoedText.Cap(Message));
            if (Line is { } line)
            {
                writer.WritePropertyName("locations");
                writer.WriteStartArray();
                writer.WriteStartObject();
                writer.WriteNumber("line", line);
                writer.WriteNumber("column", Column);
                writer.WriteEndObject();
                writer.WriteEndArray();
            }

            writer.WritePropertyName("extensions");
            writer.WriteStartObject();
            writer.WriteString("code", Code);
            writer.WriteString("correlationId", correlationId);
            writer.WriteEndObject();
            writer.WriteEndObject();
            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }
}
