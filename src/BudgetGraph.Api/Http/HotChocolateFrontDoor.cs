using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;
using BudgetGraph.Api.Caching;
using BudgetGraph.Api.Observability;
using BudgetGraph.Api.Documents;
using BudgetGraph.GraphSchema.Limits;
using BudgetGraph.Api.Logging;
using BudgetGraph.Api.Reliability;
using BudgetGraph.GraphSchema.Errors;
using HotChocolate;
using Location = HotChocolate.Location;
using HotChocolate.Language;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace BudgetGraph.Api.Http;

/// <summary>
/// What stands before HotChocolate's <c>MapGraphQLHttp</c> endpoint so that <c>/graphql</c> keeps our public contract:
/// it negotiates the media type, reads and refuses the HTTP request as our reader does (413, 415, batches, an array of
/// variables…), resolves automatic persisted queries, refuses mutations over GET, answers from the response cache, hands
/// HotChocolate one plain JSON POST, and then decorates HotChocolate's answer: <c>correlationId</c> (and a code) on every
/// error, 503 for a timeout, the database outage answers, ETag/304 and Cache-Control on GET, the cache entry and the log.
/// </summary>
/// <remarks>
/// HotChocolate executes and formats; this class never runs GraphQL itself. The response is buffered (answers are
/// small JSON documents; the cache and the ETag need the whole body anyway).
/// </remarks>
public sealed class HotChocolateFrontDoor
{
    private static readonly JsonSerializerOptions NodeWriting = new()
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private readonly PersistedQueryStore _persistedQueries;
    private readonly GraphQLResponseCache _responses;
    private readonly GraphQLLimitsOptions _limits;
    private readonly GraphQLHttpOptions _http;
    private readonly bool _development;
    private readonly ILogger _logger;
    private readonly BudgetErrorFilter _errors;
    private readonly ParserOptions _parser;
    private readonly BudgetGraphMetrics _metrics;

    /// <summary>Creates the front door (a singleton).</summary>
    public HotChocolateFrontDoor(PersistedQueryStore persistedQueries, GraphQLResponseCache responses,
        IOptions<GraphQLLimitsOptions> limits, IOptions<GraphQLHttpOptions> http, IHostEnvironment environment, ILoggerFactory loggerFactory,
        BudgetGraphMetrics metrics)
    {
        _metrics = metrics;
        _persistedQueries = persistedQueries;
        _responses = responses;
        _limits = limits.Value;
        _http = http.Value;
        _development = environment.IsDevelopment();
        _logger = loggerFactory.CreateLogger(GraphQLLog.Category);
        // HotChocolate's own HTTP layer parses the document and reports syntax and operation errors without the
        // executor's error filters: the front door gives them our codes through the same filter.
        _errors = new BudgetErrorFilter(_limits);
        var defaults = ParserOptions.Default;
        _parser = new ParserOptions(noLocations: false, allowFragmentVariables: false, maxAllowedNodes: defaults.MaxAllowedNodes,
            // As the executor's (BudgetSchema.AddBudgetLimits): a field takes a token, so the token limit bounds fields.
            maxAllowedTokens: _limits.MaxTokens, maxAllowedFields: _limits.MaxTokens,
            maxAllowedDirectives: defaults.MaxAllowedDirectives, maxAllowedRecursionDepth: _limits.MaxDepth);
    }

    /// <summary>The exceptions behind this request's errors, recorded by <see cref="ExceptionRecorder"/>.</summary>
    internal sealed class RecordedExceptions
    {
        public List<(string Message, Exception Exception)> Entries { get; } = [];
    }

    /// <summary>What was learnt about one request on its way in and out.</summary>
    private sealed class Exchange(HttpContext context)
    {
        public HttpContext Context { get; } = context;
        public bool IsGet { get; } = HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method);
        public bool IsHead { get; } = HttpMethods.IsHead(context.Request.Method);
        /// <summary>The method the client used (HotChocolate is handed a POST).</summary>
        public string Method { get; } = context.Request.Method;
        public ResponseMediaType MediaType { get; set; } = ResponseMediaType.Json;
        public string OperationType { get; set; } = "-";
        public string OperationName { get; set; } = "-";
        public ResponseCacheKey? CacheKey { get; set; }
        public GenerationTicket CacheTicket { get; set; }
        public bool CacheHit { get; set; }
        /// <summary>Whether HotChocolate answered TIMEOUT (executed, then cancelled).</summary>
        public bool TimedOut { get; set; }
        public List<(string Code, string Message, string Path, Exception? Exception)> LoggedErrors { get; } = [];
    }

    /// <summary>Answers one request to <c>/graphql</c>, calling <paramref name="hotChocolate"/> (the endpoint) to execute it.</summary>
    public async Task HandleAsync(HttpContext context, RequestDelegate hotChocolate)
    {
        var started = Stopwatch.GetTimestamp();
        var exchange = new Exchange(context);
        context.Response.Headers[GraphQLHttpOptions.CorrelationIdHeader] = context.TraceIdentifier;
        try
        {
            await ProcessAsync(exchange, hotChocolate);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            GraphQLLog.Aborted(_logger, exchange.OperationType, exchange.OperationName,
                (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds, context.TraceIdentifier);
            return;
        }
        catch (BadHttpRequestException e)
        {
            await RefuseAsync(exchange, GraphQLRequestIntake.Unreadable(e, _limits));
        }

        foreach (var (code, message, path, exception) in exchange.LoggedErrors)
        {
            if (exception is not null)
            {
                GraphQLLog.InternalError(_logger, exception, path, message, context.TraceIdentifier);
            }
            else
            {
                GraphQLLog.RequestError(_logger, code, EchoedText.Cap(message), path, context.TraceIdentifier);
            }
        }

        GraphQLLog.Request(_logger, exchange.Method, exchange.OperationType, exchange.OperationName,
            context.Response.StatusCode, (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds,
            exchange.LoggedErrors.Count, context.TraceIdentifier);
        _metrics.Answered(context.Response.StatusCode, Stopwatch.GetElapsedTime(started), exchange.LoggedErrors.Select(e => e.Code),
            exchange.CacheKey is null ? null : exchange.CacheHit);
    }

    private async Task ProcessAsync(Exchange exchange, RequestDelegate hotChocolate)
    {
        var context = exchange.Context;
        if (exchange.IsGet)
        {
            // The same URL answers browsers with the playground page: caches must key on Accept.
            context.Response.Headers.Vary = HeaderNames.Accept;
        }

        var intake = await GraphQLRequestIntake.ReadAsync(context, exchange.IsGet, _limits);
        exchange.MediaType = intake.MediaType;
        if (intake.Refusal is { } refusal)
        {
            await RefuseAsync(exchange, refusal);
            return;
        }

        using var request = intake.Request!;
        var resolution = await PersistedQueries.ResolveAsync(request, _persistedQueries);
        if (resolution.Refusal is { } persistedRefusal)
        {
            await RefuseAsync(exchange, persistedRefusal);
            return;
        }

        if (resolution.Error is { } persistedQueryError)
        {
            await FailAsync(exchange, persistedQueryError);
            return;
        }

        if (resolution.Query is not { Length: > 0 } query)
        {
            await RefuseAsync(exchange, GraphQLRequestIntake.NoQuery());
            return;
        }

        (string Type, string Name)? operation;
        try
        {
            var document = Utf8GraphQLParser.Parse(query, _parser);
            operation = OperationOf(document, request.OperationName);
        }
        catch (SyntaxException e)
        {
            // Answered here, within the parser limits (MAX_TOKENS, MAX_DEPTH), with the filter's code and words.
            var error = _errors.OnError(ErrorBuilder.New().SetMessage(e.Message).SetCode(HotChocolateSyntaxError)
                .AddLocation(new Location(e.Line, e.Column)).Build());
            await FailAsync(exchange, new RequestError(error.Message, error.Code ?? ErrorCodes.ParseFailed, e.Line, e.Column));
            return;
        }
        catch (Utf8EncodingException e)
        {
            // A string escape that is no UTF-16 text (a lone surrogate): HotChocolate's parser throws this rather than
            // a syntax error, and would answer 500.
            await FailAsync(exchange, new RequestError("Syntax Error: " + e.Message, ErrorCodes.ParseFailed));
            return;
        }

        if (operation is { } op)
        {
            exchange.OperationType = op.Type;
            exchange.OperationName = op.Name;
        }

        if (exchange.IsGet && operation is { Type: not "query" })
        {
            await RefuseAsync(exchange, GraphQLRequestIntake.NotAQuery(exchange.OperationType));
            return;
        }

        if (_responses.Enabled && operation is { Type: "query" })
        {
            var key = GraphQLResponseCache.KeyOf(query, request.OperationName, request.Variables);
            // "Cache-Control: no-cache" (or HTTP/1.0's "Pragma: no-cache") asks for an answer computed now. The ticket is
            // taken before executing: a response computed while an import runs must not be kept as current.
            var lookup = await _responses.LookupAsync(key, GraphQLRequestIntake.AsksForAFreshAnswer(context.Request));
            if (lookup.Ticket is { } ticket)
            {
                exchange.CacheKey = key;
                exchange.CacheTicket = ticket;
                if (lookup.Hit is { } cached)
                {
                    exchange.CacheHit = true;
                    await WriteAsync(exchange, StatusCodes.Status200OK, cached.Body, cached.ETag, hasErrors: false);
                    return;
                }
            }
        }

        var (status, body, hasData, hasErrors) = await ExecuteAsync(exchange, hotChocolate, query, request);
        if (!hasData && !exchange.TimedOut)
        {
            // Not executed (invalid, over a limit): the cache was not really consulted for it.
            exchange.CacheKey = null;
        }

        if (resolution.HashToStore is { } hash && hasData)
        {
            // Stored once the document proved valid: HotChocolate executed it.
            _persistedQueries.Store(hash, query);
        }

        if (context.Items[typeof(RecordedExceptions)] is RecordedExceptions recorded)
        {
            foreach (var (_, exception) in recorded.Entries)
            {
                if (DatabaseOutage.Refuse(exception, context) is { } outage)
                {
                    exchange.LoggedErrors.Clear();
                    await RefuseAsync(exchange, outage);
                    return;
                }
            }
        }

        string? etag = null;
        if (exchange.CacheKey is { } cacheKey && status == StatusCodes.Status200OK && hasData && !hasErrors)
        {
            etag = HttpCaching.ETagOf(body);
            _responses.Keep(cacheKey, exchange.CacheTicket, new CachedResponse(body, etag));
        }

        await WriteAsync(exchange, status, body, etag, hasErrors);
    }

    /// <summary>Hands the request to HotChocolate as one JSON POST and returns its answer, decorated.</summary>
    private async Task<(int Status, byte[] Body, bool HasData, bool HasErrors)> ExecuteAsync(
        Exchange exchange, RequestDelegate hotChocolate, string query, GraphQLHttpRequest request)
    {
        var context = exchange.Context;
        var httpRequest = context.Request;
        var payload = new MemoryStream();
        using (var writer = new Utf8JsonWriter(payload))
        {
            writer.WriteStartObject();
            writer.WriteString("query", query);
            if (request.OperationName is { } operationName)
            {
                writer.WriteString("operationName", operationName);
            }

            if (request.Variables is { ValueKind: JsonValueKind.Object } variables)
            {
                writer.WritePropertyName("variables");
                variables.WriteTo(writer);
            }

            writer.WriteEndObject();
        }

        payload.Position = 0;
        // GET's checks (queries only, no CSRF preflight needed: nothing changes state) are done: HotChocolate sees a POST.
        httpRequest.Method = HttpMethods.Post;
        httpRequest.QueryString = QueryString.Empty;
        httpRequest.ContentType = GraphQLMediaTypes.Json;
        httpRequest.ContentLength = payload.Length;
        httpRequest.Body = payload;
        httpRequest.Headers.Accept = exchange.MediaType == ResponseMediaType.GraphQLResponseJson
            ? GraphQLMediaTypes.GraphQLResponseJson
            : GraphQLMediaTypes.Json;
        context.Items[typeof(RecordedExceptions)] = new RecordedExceptions();

        var original = context.Response.Body;
        using var buffer = new MemoryStream();
        context.Response.Body = buffer;
        try
        {
            await hotChocolate(context);
        }
        finally
        {
            context.Response.Body = original;
        }

        var body = buffer.ToArray();
        var status = context.Response.StatusCode;
        if (body.Length == 0)
        {
            return (status, body, false, false);
        }

        // Most answers have no errors and go out as HotChocolate wrote them: only the top level is read (no tree of the
        // whole response is built); a tree is parsed only to decorate errors.
        var (isObject, hasData, hasErrors) = TopLevelOf(body);
        if (!isObject || !hasErrors)
        {
            return (status, body, hasData, false);
        }

        var root = (JsonObject)JsonNode.Parse(body)!;
        var errors = (JsonArray)root["errors"]!;

        var recorded = (RecordedExceptions)context.Items[typeof(RecordedExceptions)]!;
        var timedOut = false;
        var internals = 0;
        foreach (var node in errors)
        {
            if (node is not JsonObject error)
            {
                continue;
            }

            var extensions = error["extensions"] as JsonObject;
            if (extensions is null)
            {
                extensions = new JsonObject();
                error["extensions"] = extensions;
            }

            if (extensions["code"]?.GetValue<string>() is not { } ownCode || !BudgetErrorFilter.IsOurs(ownCode))
            {
                Refilter(error, extensions);
                extensions = (JsonObject)error["extensions"]!;
            }

            var message = error["message"]?.GetValue<string>() ?? "";
            var code = extensions["code"]?.GetValue<string>();
            Exception? exception = null;
            if (code == ErrorCodes.InternalServerError && recorded.Entries.Count > internals)
            {
                // The filters run in the order the errors arise; the response lists them in that order too.
                exception = recorded.Entries[internals++].Exception;
            }

            timedOut |= code == ErrorCodes.Timeout;
            // Our order: code first, the error's own extensions, then correlationId.
            var own = extensions.Where(p => p.Key is not ("code" or "correlationId" or "exception")).Select(p => (p.Key, p.Value?.DeepClone())).ToList();
            extensions.Clear();
            if (code is not null)
            {
                extensions["code"] = code;
            }

            foreach (var (key, value) in own)
            {
                extensions[key] = value;
            }

            extensions["correlationId"] = context.TraceIdentifier;
            if (_development && exception is not null)
            {
                extensions["exception"] = new JsonObject
                {
                    ["type"] = exception.GetType().FullName,
                    ["message"] = exception.Message,
                    ["stackTrace"] = exception.StackTrace,
                };
            }
            var path = error["path"] is JsonArray p ? EchoedText.Cap(string.Join('.', p.Select(s => s?.ToString()))) : "-";
            exchange.LoggedErrors.Add((code ?? "-", message, path, exception));
        }

        exchange.TimedOut = timedOut;
        if (timedOut && !hasData)
        {
            status = exchange.MediaType == ResponseMediaType.GraphQLResponseJson
                ? StatusCodes.Status503ServiceUnavailable
                : StatusCodes.Status200OK;
        }
        else if (!hasData && exchange.MediaType == ResponseMediaType.Json)
        {
            // application/json: every GraphQL response has status 200 (the client may not know the new codes).
            status = StatusCodes.Status200OK;
        }

        return (status, JsonSerializer.SerializeToUtf8Bytes(root, NodeWriting), hasData, true);
    }

    /// <summary>
    /// Passes an error HotChocolate's HTTP layer wrote without the executor's filters (a syntax error, an unknown
    /// operation) through <see cref="BudgetErrorFilter"/>: our code and words in place of HotChocolate's.
    /// </summary>
    private void Refilter(JsonObject error, JsonObject extensions)
    {
        var builder = ErrorBuilder.New().SetMessage(error["message"]?.GetValue<string>() ?? "");
        if (extensions["code"]?.GetValue<string>() is { } code)
        {
            builder.SetCode(code);
        }

        foreach (var (key, value) in extensions)
        {
            if (key != "code")
            {
                builder.SetExtension(key, value?.ToJsonString());
            }
        }

        if (error["locations"] is JsonArray locations)
        {
            foreach (var location in locations.OfType<JsonObject>())
            {
                builder.AddLocation(new Location(location["line"]!.GetValue<int>(), location["column"]!.GetValue<int>()));
            }
        }

        var filtered = _errors.OnError(builder.Build());
        error["message"] = filtered.Message;
        var rewritten = new JsonObject();
        foreach (var (key, value) in filtered.Extensions ?? new Dictionary<string, object?>())
        {
            rewritten[key] = value is string text && extensions[key] is { } original && original.ToJsonString() == text
                ? original.DeepClone()
                : JsonValue.Create(value?.ToString());
        }

        error["extensions"] = rewritten;
    }

    /// <summary>
    /// Whether a response is a JSON object, has <c>data</c> (not null) and a non-empty <c>errors</c> array, read from its top
    /// level only: the values are skipped, not materialized.
    /// </summary>
    private static (bool IsObject, bool HasData, bool HasErrors) TopLevelOf(byte[] body)
    {
        var reader = new Utf8JsonReader(body);
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            return (false, false, false);
        }

        bool hasData = false, hasErrors = false;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var isData = reader.ValueTextEquals("data"u8);
            var isErrors = reader.ValueTextEquals("errors"u8);
            reader.Read();
            if (isData)
            {
                hasData = reader.TokenType != JsonTokenType.Null;
            }
            else if (isErrors && reader.TokenType == JsonTokenType.StartArray)
            {
                var first = reader;
                hasErrors = first.Read() && first.TokenType != JsonTokenType.EndArray;
            }

            reader.Skip();
        }

        return (true, hasData, hasErrors);
    }

    /// <summary>The code HotChocolate gives a syntax error (BudgetErrorFilter maps it, and its parser limits, to ours).</summary>
    private const string HotChocolateSyntaxError = "HC0014";

    /// <summary>The operation's type and name, or null when the document has no such operation (HotChocolate says so).</summary>
    private static (string Type, string Name)? OperationOf(DocumentNode document, string? operationName)
    {
        var operations = document.Definitions.OfType<OperationDefinitionNode>().ToList();
        var operation = operationName is null
            ? operations.Count == 1 ? operations[0] : null
            : operations.FirstOrDefault(o => o.Name?.Value == operationName);
        return operation is null
            ? null
            : (operation.Operation switch
            {
                HotChocolate.Language.OperationType.Mutation => "mutation",
                HotChocolate.Language.OperationType.Subscription => "subscription",
                _ => "query",
            }, operation.Name?.Value ?? "(anonymous)");
    }

    /// <summary>A refusal of the HTTP request: its own status whatever the media type.</summary>
    private Task RefuseAsync(Exchange exchange, RequestRefusal refusal)
    {
        if (refusal.Allow is not null)
        {
            exchange.Context.Response.Headers.Allow = refusal.Allow;
        }

        return WriteErrorAsync(exchange, refusal.StatusCode, refusal.Error);
    }

    /// <summary>A GraphQL request error: 400 under graphql-response+json, 200 under json.</summary>
    private Task FailAsync(Exchange exchange, RequestError error) => WriteErrorAsync(exchange,
        exchange.MediaType == ResponseMediaType.GraphQLResponseJson ? StatusCodes.Status400BadRequest : StatusCodes.Status200OK, error);

    private Task WriteErrorAsync(Exchange exchange, int status, RequestError error)
    {
        exchange.LoggedErrors.Add((error.Code, error.Message, "-", null));
        return WriteAsync(exchange, status, error.Serialize(exchange.Context.TraceIdentifier), null, hasErrors: true);
    }

    private async Task WriteAsync(Exchange exchange, int status, byte[] body, string? etag, bool hasErrors)
    {
        var response = exchange.Context.Response;
        response.StatusCode = status;
        if (exchange.CacheKey is not null)
        {
            response.Headers[ResponseCacheSetup.Header] = exchange.CacheHit ? "hit" : "miss";
        }

        response.ContentType = GraphQLMediaTypes.ContentType(exchange.MediaType);
        if (exchange.IsGet && status == StatusCodes.Status200OK)
        {
            etag ??= HttpCaching.ETagOf(body);
            response.Headers.ETag = etag;
            response.Headers.CacheControl = hasErrors ? "no-store" : _http.CacheControl;
            if (HttpCaching.Matches(exchange.Context.Request.Headers.IfNoneMatch, etag))
            {
                response.StatusCode = StatusCodes.Status304NotModified;
                response.ContentType = null;
                return;
            }
        }
        else if (exchange.IsGet)
        {
            response.Headers.CacheControl = "no-store";
        }

        response.ContentLength = body.Length;
        if (!exchange.IsHead)
        {
            await response.Body.WriteAsync(body, exchange.Context.RequestAborted);
        }
    }
}
