using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using BudgetGraph.GraphQL;
using BudgetGraph.GraphQL.Execution;

namespace BudgetGraph.Api.Http;

/// <summary>A GraphQL response to write: errors, data (when the response has a <c>data</c> entry), extensions.</summary>
/// <param name="Errors">The errors, possibly empty.</param>
/// <param name="HasData">Whether the response has <c>data</c> (false for request errors).</param>
/// <param name="Data">The data; null data is written as <c>"data": null</c> when <paramref name="HasData"/>.</param>
/// <param name="Extensions">Response extensions, or null.</param>
public sealed record GraphQLResponse(
    IReadOnlyList<GraphQLError> Errors,
    bool HasData = false,
    ResultMap? Data = null,
    IReadOnlyDictionary<string, object?>? Extensions = null)
{
    /// <summary>A request error response: the errors and no data.</summary>
    public static GraphQLResponse FromErrors(params GraphQLError[] errors) => new(errors);

    /// <summary>The engine's result as a response.</summary>
    public static GraphQLResponse FromResult(ExecutionResult result) =>
        new(result.Errors ?? [], result.HasData, result.Data, result.Extensions);
}

/// <summary>
/// What the server adds to every error it writes: the correlation id (also in the server log), a code
/// when the error has none, and — in Development only — the details of an internal exception.
/// </summary>
/// <param name="CorrelationId">The request's correlation id, written as <c>extensions.correlationId</c>.</param>
/// <param name="DefaultCode">The code of an error without one that is not an internal failure (null: none).</param>
/// <param name="IncludeExceptionDetails">Whether to write <c>extensions.exception</c> (Development only).</param>
public sealed record ErrorDecoration(string CorrelationId, Func<GraphQLError, string?> DefaultCode, bool IncludeExceptionDetails);

/// <summary>
/// Writes GraphQL responses as UTF-8 JSON: <c>errors</c> first, then <c>data</c>, then <c>extensions</c>,
/// each error as <c>message</c>, <c>locations</c>, <c>path</c>, <c>extensions</c>. Internal exceptions
/// never reach the response outside Development: the engine words them "Unexpected error." and this
/// writer adds their details only when asked to.
/// </summary>
public static class GraphQLResponseWriter
{
    private static readonly JsonWriterOptions WriterOptions = new()
    {
        // Chinese text stays readable; the body is JSON (never inlined into HTML), so no HTML escaping is needed.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The response's JSON bytes.</summary>
    public static byte[] Serialize(GraphQLResponse response, ErrorDecoration decoration)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            writer.WriteStartObject();
            if (response.Errors.Count > 0)
            {
                writer.WritePropertyName("errors");
                writer.WriteStartArray();
                foreach (var error in response.Errors)
                {
                    WriteError(writer, error, decoration);
                }

                writer.WriteEndArray();
            }

            if (response.HasData)
            {
                writer.WritePropertyName("data");
                ExecutionResult.WriteValue(writer, response.Data);
            }

            if (response.Extensions is { Count: > 0 })
            {
                writer.WritePropertyName("extensions");
                ExecutionResult.WriteValue(writer, response.Extensions);
            }

            writer.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>
    /// Whether an error comes from an exception whose message is not public (anything but a
    /// <see cref="GraphQLException"/>): its details belong in the server log only.
    /// </summary>
    public static bool IsInternal(GraphQLError error) =>
        error.OriginalException is { } exception && exception is not GraphQLException;

    /// <summary>The error's code: its own, INTERNAL_SERVER_ERROR for internal failures, else the default.</summary>
    public static string? CodeOf(GraphQLError error, Func<GraphQLError, string?> defaultCode) =>
        error.Extensions?.TryGetValue("code", out var code) == true && code is string s ? s
        : IsInternal(error) ? ErrorCodes.InternalServerError
        : defaultCode(error);

    private static void WriteError(Utf8JsonWriter writer, GraphQLError error, ErrorDecoration decoration)
    {
        writer.WriteStartObject();
        writer.WriteString("message", EchoedText.Cap(error.Message));
        if (error.Locations is { Count: > 0 } locations)
        {
            writer.WritePropertyName("locations");
            writer.WriteStartArray();
            foreach (var location in locations)
            {
                writer.WriteStartObject();
                writer.WriteNumber("line", location.Line);
                writer.WriteNumber("column", location.Column);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        if (error.Path is { Count: > 0 } path)
        {
            writer.WritePropertyName("path");
            ExecutionResult.WriteValue(writer, path);
        }

        writer.WritePropertyName("extensions");
        writer.WriteStartObject();
        var code = CodeOf(error, decoration.DefaultCode);
        if (code is not null)
        {
            writer.WriteString("code", code);
        }

        if (error.Extensions is { } extensions)
        {
            foreach (var (key, value) in extensions)
            {
                if (key is not ("code" or "correlationId" or "exception"))
                {
                    writer.WritePropertyName(key);
                    ExecutionResult.WriteValue(writer, value);
                }
            }
        }

        writer.WriteString("correlationId", decoration.CorrelationId);
        if (decoration.IncludeExceptionDetails && IsInternal(error))
        {
            var exception = error.OriginalException!;
            writer.WritePropertyName("exception");
            writer.WriteStartObject();
            writer.WriteString("type", exception.GetType().FullName);
            writer.WriteString("message", exception.Message);
            writer.WriteString("stackTrace", exception.StackTrace);
            writer.WriteEndObject();
        }

        writer.WriteEndObject();
        writer.WriteEndObject();
    }
}
