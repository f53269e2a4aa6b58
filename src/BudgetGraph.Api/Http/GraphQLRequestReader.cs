using System.Buffers;
using System.IO.Pipelines;
using System.Text.Json;
using System.Text.Unicode;
using BudgetGraph.GraphSchema.Limits;
using Microsoft.Net.Http.Headers;

namespace BudgetGraph.Api.Http;

/// <summary>
/// Reads the GraphQL-over-HTTP parameters (<c>query</c>, <c>operationName</c>, <c>variables</c>,
/// <c>extensions</c>) of a GET query string or a POST <c>application/json</c> body, refusing malformed
/// requests with a precise error: a body over the size limit (413), another content type or charset
/// (415), invalid UTF-8, invalid JSON, a batch (JSON array), parameters of the wrong JSON type (400).
/// </summary>
public static class GraphQLRequestReader
{
    /// <summary>
    /// JSON nesting accepted in a body. Variables are values of input types; 64 levels is far beyond any
    /// real input object, and keeps hostile bodies from recursing deeply in coercion.
    /// </summary>
    public const int MaxJsonDepth = 64;

    /// <summary>
    /// Nesting bounded; a property given twice is refused (which of two "query" or "variables" entries counts differs
    /// between JSON readers, so a proxy or log could see another request than the one executed).
    /// </summary>
    private static readonly JsonDocumentOptions JsonOptions = new() { MaxDepth = MaxJsonDepth, AllowDuplicateProperties = false };

    /// <summary>The outcome: a request, or a refusal.</summary>
    public readonly record struct Result(GraphQLHttpRequest? Request, RequestRefusal? Refusal)
    {
        /// <summary>Wraps a request.</summary>
        public static implicit operator Result(GraphQLHttpRequest request) => new(request, null);

        /// <summary>Wraps a refusal.</summary>
        public static implicit operator Result(RequestRefusal refusal) => new(null, refusal);
    }

    /// <summary>Reads a POST request's body.</summary>
    public static async Task<Result> ReadPostAsync(HttpRequest request, GraphQLLimitsOptions limits, CancellationToken cancellationToken)
    {
        if (ContentTypeRefusal(request.ContentType) is { } refusal)
        {
            return refusal;
        }

        if (request.ContentLength > limits.MaxRequestBytes)
        {
            return TooLarge(limits);
        }

        byte[]? body;
        try
        {
            body = await ReadBodyAsync(request.BodyReader, limits.MaxRequestBytes, cancellationToken);
        }
        catch (IOException e) when (e is not BadHttpRequestException && !cancellationToken.IsCancellationRequested)
        {
            // Kestrel's own refusals are BadHttpRequestException (the handler answers them); a chunk size too large
            // for its arithmetic surfaces as a bare IOException ("Bad chunk size data.") instead.
            return BadRequest("The request body could not be read: " + e.Message);
        }

        if (body is null)
        {
            return TooLarge(limits);
        }

        if (body.Length == 0)
        {
            return BadRequest("The request body is empty; POST a JSON object with a \"query\" string.");
        }

        if (!Utf8.IsValid(body))
        {
            return BadRequest("The request body is not valid UTF-8.");
        }

        JsonDocument json;
        try
        {
            json = Parse(body);
        }
        catch (JsonException e)
        {
            return BadRequest("The request body is not valid JSON: " + e.Message);
        }

        var root = json.RootElement;
        if (InvalidStringRefusal(root) is { } invalid)
        {
            json.Dispose();
            return invalid;
        }

        if (root.ValueKind == JsonValueKind.Array)
        {
            json.Dispose();
            return RequestRefusal.Create(StatusCodes.Status400BadRequest, ErrorCodes.BatchingNotSupported,
                "Batched requests (a JSON array of operations) are not supported; send one JSON object per request.");
        }

        if (root.ValueKind != JsonValueKind.Object)
        {
            var kind = root.ValueKind;
            json.Dispose();
            return BadRequest($"The request body must be a JSON object with a \"query\" string, not {Describe(kind)}.");
        }

        var query = ReadString(root, "query", out var error);
        var operationName = error is null ? ReadString(root, "operationName", out error) : null;
        var variables = error is null ? ReadObject(root, "variables", out error) : null;
        var extensions = error is null ? ReadObject(root, "extensions", out error) : null;
        if (error is not null)
        {
            json.Dispose();
            return error;
        }

        return new GraphQLHttpRequest(query, operationName, variables, extensions, json);
    }

    /// <summary>
    /// Reads a GET request's query string: <c>query</c>, <c>operationName</c>, and <c>variables</c> and
    /// <c>extensions</c> as JSON texts of objects. Each parameter may appear once.
    /// </summary>
    public static Result ReadGet(HttpRequest request)
    {
        var parameters = request.Query;
        foreach (var name in (string[])["query", "operationName", "variables", "extensions"])
        {
            if (parameters[name].Count > 1)
            {
                return BadRequest($"The \"{name}\" parameter was given {parameters[name].Count} times; give it once.");
            }
        }

        var variables = ParseJsonParameter(parameters["variables"].ToString(), "variables", out var variablesDocument, out var refusal);
        if (refusal is not null)
        {
            return refusal;
        }

        var extensions = ParseJsonParameter(parameters["extensions"].ToString(), "extensions", out var extensionsDocument, out refusal);
        if (refusal is not null)
        {
            variablesDocument?.Dispose();
            return refusal;
        }

        var query = parameters["query"].ToString();
        var operationName = parameters["operationName"].ToString();
        return new GraphQLHttpRequest(
            query.Length == 0 ? null : query,
            operationName.Length == 0 ? null : operationName,
            variables,
            extensions,
            new Owners(variablesDocument, extensionsDocument));
    }

    /// <summary>
    /// Null when the Content-Type is <c>application/json</c> (charset absent or UTF-8); else the 415 refusal
    /// saying what was sent and what is accepted.
    /// </summary>
    private static RequestRefusal? ContentTypeRefusal(string? contentType)
    {
        if (string.IsNullOrEmpty(contentType))
        {
            return UnsupportedMediaType("The request has no Content-Type header; POST the request as application/json.");
        }

        if (!MediaTypeHeaderValue.TryParse(contentType, out var mediaType)
            || !string.Equals(mediaType.MediaType.Value, GraphQLMediaTypes.Json, StringComparison.OrdinalIgnoreCase))
        {
            return UnsupportedMediaType($"Content-Type \"{contentType}\" is not supported; POST the request as application/json.");
        }

        var charset = mediaType.Charset.Value;
        if (charset is not null && !charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase)
            && !charset.Equals("utf8", StringComparison.OrdinalIgnoreCase))
        {
            return UnsupportedMediaType($"Charset \"{charset}\" is not supported; send the request body in UTF-8.");
        }

        return null;
    }

    /// <summary>Reads the whole body, or returns null as soon as it exceeds <paramref name="limit"/> bytes.</summary>
    private static async Task<byte[]?> ReadBodyAsync(PipeReader reader, long limit, CancellationToken cancellationToken)
    {
        while (true)
        {
            var read = await reader.ReadAsync(cancellationToken);
            var buffer = read.Buffer;
            if (buffer.Length > limit)
            {
                reader.AdvanceTo(buffer.Start, buffer.End);
                return null;
            }

            if (read.IsCompleted)
            {
                var body = buffer.ToArray();
                reader.AdvanceTo(buffer.End);
                return body;
            }

            // Nothing consumed yet: ask for more data while keeping what has arrived.
            reader.AdvanceTo(buffer.Start, buffer.End);
        }
    }

    private static string? ReadString(JsonElement root, string name, out RequestRefusal? error)
    {
        error = null;
        if (!root.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind == JsonValueKind.String)
        {
            return value.GetString();
        }

        error = BadRequest($"The \"{name}\" parameter must be a string, not {Describe(value.ValueKind)}.");
        return null;
    }

    private static JsonElement? ReadObject(JsonElement root, string name, out RequestRefusal? error)
    {
        error = null;
        if (!root.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind == JsonValueKind.Object)
        {
            return value;
        }

        error = BadRequest($"The \"{name}\" parameter must be a JSON object, not {Describe(value.ValueKind)}.");
        return null;
    }

    private static JsonElement? ParseJsonParameter(string text, string name, out JsonDocument? document, out RequestRefusal? error)
    {
        document = null;
        error = null;
        if (text.Length == 0)
        {
            return null;
        }

        try
        {
            document = Parse(System.Text.Encoding.UTF8.GetBytes(text));
        }
        catch (JsonException e)
        {
            error = BadRequest($"The \"{name}\" parameter is not valid JSON: {e.Message}");
            return null;
        }

        var root = document.RootElement;
        if (InvalidStringRefusal(root, name) is { } invalid)
        {
            error = invalid;
            document.Dispose();
            document = null;
            return null;
        }

        if (root.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (root.ValueKind != JsonValueKind.Object)
        {
            error = BadRequest($"The \"{name}\" parameter must be a JSON object, not {Describe(root.ValueKind)}.");
            document.Dispose(); // after the message: root is not readable once its document is disposed
            document = null;
            return null;
        }

        return root;
    }

    /// <summary>
    /// Parses with <see cref="JsonOptions"/>. The check for duplicate properties reads every property name and throws
    /// <see cref="InvalidOperationException"/> on a name with a lone surrogate escape; such a text is parsed again without
    /// that check, so that <see cref="InvalidStringRefusal"/> finds the name and says which parameter holds it.
    /// </summary>
    private static JsonDocument Parse(ReadOnlyMemory<byte> json)
    {
        try
        {
            return JsonDocument.Parse(json, JsonOptions);
        }
        catch (InvalidOperationException)
        {
            return JsonDocument.Parse(json, JsonOptions with { AllowDuplicateProperties = true });
        }
    }

    /// <summary>
    /// The refusal of a JSON text one of whose strings (values or property names) is not valid UTF-16: an escaped
    /// lone surrogate such as <c>"\ud800"</c> is valid JSON syntax but no string .NET (or any database) can hold, and
    /// reading it would throw deep in the engine. Names the top-level parameter holding it (<paramref name="name"/>
    /// for a GET parameter's own JSON text).
    /// </summary>
    private static RequestRefusal? InvalidStringRefusal(JsonElement root, string? name = null)
    {
        if (name is not null)
        {
            return HasInvalidString(root) ? UnpairedSurrogate(name) : null;
        }

        if (root.ValueKind != JsonValueKind.Object)
        {
            return HasInvalidString(root) ? BadRequest("The request body contains an unpaired UTF-16 surrogate escape (such as \"\\ud800\"); strings must be valid Unicode.") : null;
        }

        foreach (var property in root.EnumerateObject())
        {
            if (!IsValidName(property) || HasInvalidString(property.Value))
            {
                return UnpairedSurrogate(IsValidName(property) ? property.Name : "(a parameter)");
            }
        }

        return null;
    }

    private static RequestRefusal UnpairedSurrogate(string parameter) =>
        BadRequest($"The \"{parameter}\" parameter contains an unpaired UTF-16 surrogate escape (such as \"\\ud800\"); strings must be valid Unicode.");

    /// <summary>Whether any string of <paramref name="element"/> (at any depth, property names too) is not valid UTF-16.</summary>
    private static bool HasInvalidString(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.String:
                try
                {
                    element.GetString();
                    return false;
                }
                catch (InvalidOperationException)
                {
                    return true;
                }
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    if (HasInvalidString(item))
                    {
                        return true;
                    }
                }

                return false;
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    if (!IsValidName(property) || HasInvalidString(property.Value))
                    {
                        return true;
                    }
                }

                return false;
            default:
                return false;
        }
    }

    private static bool IsValidName(JsonProperty property)
    {
        try
        {
            _ = property.Name;
            return true;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    private static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Null => "null",
        _ => "nothing",
    };

    private static RequestRefusal BadRequest(string message) =>
        RequestRefusal.Create(StatusCodes.Status400BadRequest, ErrorCodes.BadRequest, message);

    private static RequestRefusal UnsupportedMediaType(string message) =>
        RequestRefusal.Create(StatusCodes.Status415UnsupportedMediaType, ErrorCodes.UnsupportedMediaType, message);

    /// <summary>The 413 refusal of a body over <see cref="GraphQLLimitsOptions.MaxRequestBytes"/>.</summary>
    public static RequestRefusal TooLarge(GraphQLLimitsOptions limits) =>
        RequestRefusal.Create(StatusCodes.Status413PayloadTooLarge, ErrorCodes.RequestTooLarge,
            $"The request body is larger than {limits.MaxRequestBytes.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)} bytes.");

    /// <summary>Disposes the JSON documents of a GET request's parameters.</summary>
    private sealed class Owners(IDisposable? first, IDisposable? second) : IDisposable
    {
        public void Dispose()
        {
            first?.Dispose();
            second?.Dispose();
        }
    }
}
