namespace BudgetGraph.GraphSchema.Errors;

/// <summary>
/// The <c>extensions.code</c> values of the API's errors. The request-level ones follow Apollo Server's
/// codes where Apollo has one, so that clients written for Apollo recognise them.
/// </summary>
public static class ErrorCodes
{
    /// <summary>The HTTP request is malformed: not JSON, not UTF-8, parameters of the wrong type, no query.</summary>
    public const string BadRequest = "BAD_REQUEST";

    /// <summary>A JSON array of operations was posted; batching is not supported.</summary>
    public const string BatchingNotSupported = "BATCHING_NOT_SUPPORTED";

    /// <summary>The POST body's Content-Type is missing or not <c>application/json</c> (415).</summary>
    public const string UnsupportedMediaType = "UNSUPPORTED_MEDIA_TYPE";

    /// <summary>The Accept header admits no media type the API can answer in (406).</summary>
    public const string NotAcceptable = "NOT_ACCEPTABLE";

    /// <summary>A mutation was sent with GET (405).</summary>
    public const string MethodNotAllowed = "METHOD_NOT_ALLOWED";

    /// <summary>The document does not parse.</summary>
    public const string ParseFailed = "GRAPHQL_PARSE_FAILED";

    /// <summary>The document is not valid against the schema.</summary>
    public const string ValidationFailed = "GRAPHQL_VALIDATION_FAILED";

    /// <summary>The operation name matches no operation of the document (or one is needed).</summary>
    public const string OperationResolutionFailure = "OPERATION_RESOLUTION_FAILURE";

    /// <summary>The variables do not fit the operation's variable definitions.</summary>
    public const string BadUserInput = "BAD_USER_INPUT";

    /// <summary>The body is larger than <c>GraphQL:Limits:MaxRequestBytes</c> (413).</summary>
    public const string RequestTooLarge = "REQUEST_TOO_LARGE";

    /// <summary>The document has more tokens than <c>GraphQL:Limits:MaxTokens</c>.</summary>
    public const string MaxTokens = "MAX_TOKENS";

    /// <summary>The document nests deeper than <c>GraphQL:Limits:MaxDepth</c>.</summary>
    public const string MaxDepth = "MAX_DEPTH";

    /// <summary>The operation's field depth exceeds <c>GraphQL:Limits:MaxExecutionDepth</c>.</summary>
    public const string MaxExecutionDepth = "MAX_EXECUTION_DEPTH";

    /// <summary>The operation's estimated cost exceeds <c>GraphQL:Limits:MaxCost</c>.</summary>
    public const string MaxCost = "MAX_COST";

    /// <summary>A <c>first</c>/<c>last</c> argument exceeds <c>GraphQL:Limits:MaxPageSize</c>.</summary>
    public const string MaxPageSize = "MAX_PAGE_SIZE";

    /// <summary>A list in an argument has more items than <c>GraphQL:Limits:MaxListSize</c>.</summary>
    public const string MaxListSize = "MAX_LIST_SIZE";

    /// <summary><c>__schema</c> or <c>__type</c> was asked for while <c>GraphQL:Introspection:Enabled</c> is false.</summary>
    public const string IntrospectionDisabled = "INTROSPECTION_DISABLED";

    /// <summary>Execution took longer than <c>GraphQL:Limits:RequestTimeout</c> and was cancelled.</summary>
    public const string Timeout = "TIMEOUT";

    /// <summary>A persisted query's hash is unknown and no query text came with it (Apollo's code).</summary>
    public const string PersistedQueryNotFound = "PERSISTED_QUERY_NOT_FOUND";

    /// <summary>Persisted queries are switched off (Apollo's code).</summary>
    public const string PersistedQueryNotSupported = "PERSISTED_QUERY_NOT_SUPPORTED";

    /// <summary>The client made more requests than <c>RateLimiting:PermitLimit</c> per window (429).</summary>
    public const string RateLimited = "RATE_LIMITED";

    /// <summary>An argument names something the warehouse does not have: an unknown department code (a field error, with data).</summary>
    public const string NotFound = Departments.UnknownDepartments.Code;

    /// <summary>The database cannot be reached (or is locked) right now (503 with <c>Retry-After</c>; Reliability/DatabaseOutage.cs).</summary>
    public const string DatabaseUnavailable = "DATABASE_UNAVAILABLE";

    /// <summary>The database's disk is full; nothing was written (507).</summary>
    public const string DiskFull = "DISK_FULL";

    /// <summary>The database file is damaged (503, no <c>Retry-After</c>: an operator must restore it).</summary>
    public const string DatabaseCorrupt = "DATABASE_CORRUPT";

    /// <summary>A failure inside the server; its details are in the server log under the correlation id.</summary>
    public const string InternalServerError = "INTERNAL_SERVER_ERROR";
}
