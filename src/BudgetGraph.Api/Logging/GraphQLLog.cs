namespace BudgetGraph.Api.Logging;

/// <summary>
/// The server log of GraphQL requests: one structured entry per request (operation, type, status,
/// duration, error count) and one per error, each with the correlation id that the response's errors
/// carry in <c>extensions.correlationId</c>.
/// </summary>
public static partial class GraphQLLog
{
    /// <summary>The category every entry is logged under.</summary>
    public const string Category = "BudgetGraph.Api.GraphQL";

    /// <summary>
    /// The most characters of client-chosen text (operation names, error messages quoting the document, paths) an entry
    /// carries: a 1 MB operation name must not make a 1 MB log line. Longer text is cut and says how long it was.
    /// </summary>
    public const int MaxTextLength = 500;

    /// <summary><paramref name="text"/>, cut to <see cref="MaxTextLength"/> characters.</summary>
    public static string Bounded(string text) =>
        text.Length <= MaxTextLength ? text : $"{text[..MaxTextLength]}… ({text.Length} characters)";

    /// <summary>One entry per request, written when the response is (the operation name bounded by <see cref="MaxTextLength"/>).</summary>
    public static void Request(ILogger logger, string httpMethod, string operationType, string operationName,
        int statusCode, long elapsedMilliseconds, int errorCount, string correlationId) =>
        RequestEntry(logger, httpMethod, operationType, Bounded(operationName), statusCode, elapsedMilliseconds, errorCount, correlationId);

    [LoggerMessage(EventId = 1, EventName = "GraphQLRequest", Level = LogLevel.Information,
        Message = "GraphQL {HttpMethod} {OperationType} {OperationName} answered {StatusCode} in {ElapsedMilliseconds} ms with {ErrorCount} errors; correlation id {CorrelationId}")]
    private static partial void RequestEntry(ILogger logger, string httpMethod, string operationType, string operationName,
        int statusCode, long elapsedMilliseconds, int errorCount, string correlationId);

    /// <summary>An error caused by the request (refusal, syntax, validation, limit, public field error), its text bounded.</summary>
    public static void RequestError(ILogger logger, string code, string message, string path, string correlationId) =>
        RequestErrorEntry(logger, code, Bounded(message), Bounded(path), correlationId);

    [LoggerMessage(EventId = 2, EventName = "GraphQLRequestError", Level = LogLevel.Information,
        Message = "GraphQL error {Code}: {Message} at {Path}; correlation id {CorrelationId}")]
    private static partial void RequestErrorEntry(ILogger logger, string code, string message, string path, string correlationId);

    /// <summary>A failure inside the server; the response says only "Unexpected error." (outside Development).</summary>
    [LoggerMessage(EventId = 3, EventName = "GraphQLInternalError", Level = LogLevel.Error,
        Message = "GraphQL internal error at {Path}: {Message}; correlation id {CorrelationId}")]
    public static partial void InternalError(ILogger logger, Exception exception, string path, string message, string correlationId);

    /// <summary>The client went away before the response was ready; execution was cancelled.</summary>
    [LoggerMessage(EventId = 4, EventName = "GraphQLRequestAborted", Level = LogLevel.Information,
        Message = "GraphQL {OperationType} {OperationName} was cancelled after {ElapsedMilliseconds} ms: the client disconnected; correlation id {CorrelationId}")]
    public static partial void Aborted(ILogger logger, string operationType, string operationName, long elapsedMilliseconds, string correlationId);

    /// <summary>A request refused by the rate limiter (before the GraphQL handler saw it).</summary>
    [LoggerMessage(EventId = 5, EventName = "GraphQLRateLimited", Level = LogLevel.Warning,
        Message = "GraphQL {HttpMethod} from {ClientAddress} refused: over {PermitLimit} requests per {Window}; retry after {RetryAfterSeconds} s; correlation id {CorrelationId}")]
    public static partial void RateLimited(ILogger logger, string httpMethod, string clientAddress, int permitLimit, TimeSpan window,
        int retryAfterSeconds, string correlationId);
}
