using System.Diagnostics;
using BudgetGraph.Api.Caching;
using BudgetGraph.Api.Documents;
using BudgetGraph.Api.Limits;
using BudgetGraph.Api.Logging;
using BudgetGraph.Api.Reliability;
using BudgetGraph.GraphQL;
using BudgetGraph.GraphQL.Execution;
using BudgetGraph.GraphQL.Language;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace BudgetGraph.Api.Http;

/// <summary>
/// Answers <c>GET</c> and <c>POST /graphql</c> per the GraphQL-over-HTTP specification: negotiates the
/// response media type, reads the request, resolves persisted queries, prepares the document (parsed and
/// validated once per query text by the engine's cache, see <see cref="DocumentCache"/>), refuses mutations over GET, checks the limits,
/// answers a query from the response cache (<see cref="GraphQLResponseCache"/>) or executes it under the request timeout,
/// and writes the response with the status the media type calls for.
/// </summary>
/// <remarks>
/// Status codes: refusals of the HTTP request itself (malformed body or parameters 400, mutation over GET
/// 405, no acceptable media type 406, body too large 413, content type 415) have their status whatever the
/// media type. GraphQL request errors (syntax, validation, unknown operation, variables, limits, unknown
/// persisted query) are answered 400 under <c>application/graphql-response+json</c> and 200 under
/// <c>application/json</c>; a timeout 503 and 200. A response with <c>data</c> is 200. A database outage is 503 (507 for a
/// full disk) whatever the media type (<see cref="DatabaseOutage"/>).
/// </remarks>
public sealed class GraphQLHttpHandler
{
    /// <summary>Response header carrying the correlation id (also in every error and in the server log).</summary>
    public const string CorrelationIdHeader = "X-Correlation-Id";

    private readonly DocumentCache _documents;
    private readonly PersistedQueryStore _persistedQueries;
    private readonly GraphQLResponseCache _responses;
    private readonly GraphQLLimitsOptions _limits;
    private readonly GraphQLHttpOptions _http;
    private readonly bool _introspection;
    private readonly bool _development;
    private readonly ILogger _logger;

    /// <summary>Creates the handler (a singleton).</summary>
    public GraphQLHttpHandler(DocumentCache documents, PersistedQueryStore persistedQueries, GraphQLResponseCache responses,
        IOptions<GraphQLLimitsOptions> limits, IOptions<GraphQLHttpOptions> http, IOptions<IntrospectionOptions> introspection,
        IHostEnvironment environment, ILoggerFactory loggerFactory)
    {
        _documents = documents;
        _persistedQueries = persistedQueries;
        _responses = responses;
        _limits = limits.Value;
        _http = http.Value;
        _introspection = introspection.Value.Enabled;
        _development = environment.IsDevelopment();
        _logger = loggerFactory.CreateLogger(GraphQLLog.Category);
    }

    /// <summary>What to answer, and what to log about it.</summary>
    private sealed class Exchange(HttpContext context)
    {
        public HttpContext Context { get; } = context;
        /// <summary>GET, or HEAD (a GET without the body): queries only, cacheable.</summary>
        public bool IsGet { get; } = HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method);
        public ResponseMediaType MediaType { get; set; } = ResponseMediaType.Json;
        public int StatusCode { get; set; } = StatusCodes.Status200OK;
        public GraphQLResponse Response { get; set; } = GraphQLResponse.FromErrors();
        public Func<GraphQLError, string?> DefaultCode { get; set; } = _ => null;
        public string? Allow { get; set; }
        public string OperationType { get; set; } = "-";
        public string OperationName { get; set; } = "-";
        /// <summary>The response cache's key of this query, when the cache was consulted.</summary>
        public ResponseCacheKey? CacheKey { get; set; }
        /// <summary>The warehouse generation before executing (see <see cref="GraphQLResponseCache.Store"/>).</summary>
        public long CacheGeneration { get; set; }
        /// <summary>The body to write as it is: a cache hit.</summary>
        public CachedResponse? Cached { get; set; }

        /// <summary>A refusal of the HTTP request: its own status whatever the media type.</summary>
        public void Refuse(RequestRefusal refusal)
        {
            StatusCode = refusal.StatusCode;
            Allow = refusal.Allow;
            Response = GraphQLResponse.FromErrors(refusal.Error);
        }

        /// <summary>A GraphQL request error: 400 under graphql-response+json, 200 under json.</summary>
        public void Fail(IReadOnlyList<GraphQLError> errors, string defaultCode, int graphQLResponseStatus = StatusCodes.Status400BadRequest) =>
            Fail(errors, _ => defaultCode, graphQLResponseStatus);

        /// <inheritdoc cref="Fail(IReadOnlyList{GraphQLError}, string, int)"/>
        public void Fail(IReadOnlyList<GraphQLError> errors, Func<GraphQLError, string?> defaultCode, int graphQLResponseStatus = StatusCodes.Status400BadRequest)
        {
            StatusCode = MediaType == ResponseMediaType.GraphQLResponseJson ? graphQLResponseStatus : StatusCodes.Status200OK;
            DefaultCode = defaultCode;
            Response = new GraphQLResponse(errors);
        }
    }

    /// <summary>Handles one request to the endpoint.</summary>
    public async Task HandleAsync(HttpContext context)
    {
        var started = Stopwatch.GetTimestamp();
        var exchange = new Exchange(context);
        context.Response.Headers[CorrelationIdHeader] = context.TraceIdentifier;
        try
        {
            await ProcessAsync(exchange);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            GraphQLLog.Aborted(_logger, exchange.OperationType, exchange.OperationName,
                (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds, context.TraceIdentifier);
            return;
        }
        catch (BadHttpRequestException e)
        {
            // Kestrel's own limit, one byte above ours, can trip before the reader sees the excess.
            exchange.Refuse(GraphQLRequestIntake.Unreadable(e, _limits));
        }
        catch (Exception e)
        {
            exchange.StatusCode = StatusCodes.Status500InternalServerError;
            exchange.Response = GraphQLResponse.FromErrors(new GraphQLError("Unexpected error.", originalException: e));
        }

        await WriteAsync(exchange);
        Log(exchange, started);
    }

    private async Task ProcessAsync(Exchange exchange)
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
            exchange.Refuse(refusal);
            return;
        }

        using var request = intake.Request!;
        await RunAsync(exchange, request);
    }

    private async Task RunAsync(Exchange exchange, GraphQLHttpRequest request)
    {
        var context = exchange.Context;
        var resolution = PersistedQueries.Resolve(request, _persistedQueries);
        if (resolution.Refusal is { } refusal)
        {
            exchange.Refuse(refusal);
            return;
        }

        if (resolution.Error is { } persistedQueryError)
        {
            exchange.Fail([persistedQueryError], ErrorCodes.PersistedQueryNotFound);
            return;
        }

        if (resolution.Query is not { Length: > 0 } query)
        {
            exchange.Refuse(GraphQLRequestIntake.NoQuery());
            return;
        }

        var (executor, prepared) = _documents.Prepare(query);
        if (!prepared.IsValid)
        {
            exchange.Fail(prepared.Errors, prepared.Document is null ? ParseErrorCode : _ => ErrorCodes.ValidationFailed);
            return;
        }

        var operation = prepared.GetOperation(request.OperationName, out var operationError);
        if (operation is null)
        {
            exchange.Fail([operationError!], ErrorCodes.OperationResolutionFailure);
            return;
        }

        exchange.OperationType = Printer.OperationName(operation.Operation);
        exchange.OperationName = operation.Name?.Value ?? "(anonymous)";
        if (exchange.IsGet && operation.Operation != OperationType.Query)
        {
            exchange.Refuse(GraphQLRequestIntake.NotAQuery(exchange.OperationType));
            return;
        }

        if (resolution.HashToStore is { } hash)
        {
            _persistedQueries.Store(hash, query);
        }

        var limitErrors = OperationLimits.Check(_documents.Schema, prepared.Document!, operation, request.Variables, _limits, _introspection);
        if (limitErrors.Count > 0)
        {
            exchange.Fail(limitErrors, ErrorCodes.BadRequest);
            return;
        }

        // Consulted only now, so that a cached answer is given only to a request that is itself acceptable: read
        // within the limits, valid, a query (never a mutation or subscription), within the execution limits.
        if (_responses.Enabled && operation.Operation == OperationType.Query)
        {
            var key = GraphQLResponseCache.KeyOf(query, request.OperationName, request.Variables);
            exchange.CacheKey = key;
            // "Cache-Control: no-cache" (or HTTP/1.0's "Pragma: no-cache") asks for an answer computed now: it skips
            // the lookup, and its fresh answer replaces the entry for the next request.
            if (!GraphQLRequestIntake.AsksForAFreshAnswer(context.Request) && _responses.Find(key) is { } cached)
            {
                exchange.Cached = cached;
                return;
            }

            // Before executing: a response computed while an import runs must not be kept as current.
            exchange.CacheGeneration = _responses.Generation;
        }

        using var timeout = new CancellationTokenSource(_limits.RequestTimeout);
        using var cancellation = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, timeout.Token);
        ExecutionResult result;
        try
        {
            result = await executor.ExecuteAsync(prepared, new GraphQLRequest
            {
                Query = query,
                OperationName = request.OperationName,
                Variables = request.Variables,
                Extensions = request.Extensions,
                Services = context.RequestServices,
                UserContext = context,
            }, cancellation.Token);
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested && !context.RequestAborted.IsCancellationRequested)
        {
            exchange.Fail([TimeoutError()], ErrorCodes.Timeout, StatusCodes.Status503ServiceUnavailable);
            return;
        }

        if (DatabaseOutage.Refuse(result.Errors, context) is { } outage)
        {
            exchange.Refuse(outage);
            return;
        }

        if (result.HasData)
        {
            exchange.StatusCode = StatusCodes.Status200OK;
            exchange.Response = GraphQLResponse.FromResult(result);
        }
        else
        {
            // The engine's request errors after validation: variable coercion (worded "Variable \"$x\" …"),
            // or an operation kind the schema cannot run.
            exchange.Fail(result.Errors ?? [],
                e => e.Message.StartsWith("Variable ", StringComparison.Ordinal) ? ErrorCodes.BadUserInput : ErrorCodes.BadRequest);
        }
    }

    private GraphQLError TimeoutError() => new(
        $"The request did not complete within {_limits.RequestTimeout.TotalSeconds:0.###} seconds and was cancelled.",
        extensions: new Dictionary<string, object?>
        {
            ["code"] = ErrorCodes.Timeout,
            ["limit"] = _limits.RequestTimeout.TotalMilliseconds,
        });

    /// <summary>
    /// The code of a syntax error: a parser limit gets the limit's code, so that clients can tell it from a
    /// typing mistake.
    /// </summary>
    internal static string ParseErrorCode(GraphQLError error) => error.ExceededLimit switch
    {
        ParseLimit.Tokens => ErrorCodes.MaxTokens,
        ParseLimit.Depth => ErrorCodes.MaxDepth,
        _ => ErrorCodes.ParseFailed,
    };

    private async Task WriteAsync(Exchange exchange)
    {
        var response = exchange.Context.Response;
        var (body, etag) = Body(exchange);
        response.StatusCode = exchange.StatusCode;
        if (exchange.CacheKey is not null)
        {
            response.Headers[ResponseCacheSetup.Header] = exchange.Cached is null ? "miss" : "hit";
        }

        response.ContentType = GraphQLMediaTypes.ContentType(exchange.MediaType);
        if (exchange.Allow is not null)
        {
            response.Headers.Allow = exchange.Allow;
        }

        if (exchange.IsGet && exchange.StatusCode == StatusCodes.Status200OK)
        {
            etag ??= HttpCaching.ETagOf(body);
            response.Headers.ETag = etag;
            response.Headers.CacheControl = exchange.Response.Errors.Count == 0 ? _http.CacheControl : "no-store";
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
        if (!HttpMethods.IsHead(exchange.Context.Request.Method))
        {
            await response.Body.WriteAsync(body, exchange.Context.RequestAborted);
        }
    }

    /// <summary>
    /// The body to write and its ETag when known: a cache hit's, or the serialized response — kept in the cache
    /// when it answers a cacheable query with data and no errors (a timeout, a field error or an internal
    /// failure is never kept).
    /// </summary>
    private (byte[] Body, string? ETag) Body(Exchange exchange)
    {
        if (exchange.Cached is { } cached)
        {
            return (cached.Body, cached.ETag);
        }

        var decoration = new ErrorDecoration(exchange.Context.TraceIdentifier, exchange.DefaultCode, _development);
        var body = GraphQLResponseWriter.Serialize(exchange.Response, decoration);
        if (exchange.CacheKey is not { } key || exchange.StatusCode != StatusCodes.Status200OK
            || exchange.Response is not { HasData: true, Errors.Count: 0 })
        {
            return (body, null);
        }

        var etag = HttpCaching.ETagOf(body);
        _responses.Store(key, exchange.CacheGeneration, new CachedResponse(body, etag));
        return (body, etag);
    }

    private void Log(Exchange exchange, long started)
    {
        var correlationId = exchange.Context.TraceIdentifier;
        foreach (var error in exchange.Response.Errors)
        {
            // An alias is a name the client chose: the log caps it as it caps the messages.
            var path = error.Path is { Count: > 0 } p ? EchoedText.Cap(string.Join('.', p)) : "-";
            if (GraphQLResponseWriter.IsInternal(error))
            {
                GraphQLLog.InternalError(_logger, error.OriginalException!, path, error.Message, correlationId);
            }
            else
            {
                GraphQLLog.RequestError(_logger, GraphQLResponseWriter.CodeOf(error, exchange.DefaultCode) ?? "-", EchoedText.Cap(error.Message), path, correlationId);
            }
        }

        GraphQLLog.Request(_logger, exchange.Context.Request.Method, exchange.OperationType, exchange.OperationName,
            exchange.Context.Response.StatusCode, (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds,
            exchange.Response.Errors.Count, correlationId);
    }
}
