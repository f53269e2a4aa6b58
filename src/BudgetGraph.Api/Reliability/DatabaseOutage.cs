using System.Globalization;
using BudgetGraph.Api.Http;
using BudgetGraph.Ingest.Load;

namespace BudgetGraph.Api.Reliability;

/// <summary>
/// The answer to a request the database could not serve: unreachable, locked, damaged or out of disk space
/// (<see cref="DatabaseFailure"/>). Not the client's fault and not a bug, so neither "Unexpected error." nor a stack
/// trace: a status a client or proxy knows to retry (503 with <c>Retry-After</c>, or 507 for a full disk), a code, and
/// one warning line in the server log with the database's own words.
/// </summary>
public static partial class DatabaseOutage
{
    /// <summary>The seconds a client is asked to wait (<c>Retry-After</c>) after a 503.</summary>
    public const int RetryAfterSeconds = 5;

    /// <summary>The log category of the warning lines.</summary>
    public const string LogCategory = "BudgetGraph.Api.Database";

    /// <summary>How the API answers one kind of failure.</summary>
    /// <param name="StatusCode">503, or 507 for a full disk.</param>
    /// <param name="Code">The error code (<see cref="ErrorCodes"/>).</param>
    /// <param name="Message">What the client is told.</param>
    public sealed record Answer(int StatusCode, string Code, string Message)
    {
        /// <summary>Whether the client may retry after <see cref="RetryAfterSeconds"/> (not while the disk is full or the file damaged).</summary>
        public bool Retry => Code == ErrorCodes.DatabaseUnavailable;
    }

    /// <summary>The answer for <paramref name="exception"/>, or null when it is not a database failure of these kinds.</summary>
    public static Answer? For(Exception? exception) => DatabaseFailure.Classify(exception) switch
    {
        DatabaseFailureKind.Unavailable or DatabaseFailureKind.Conflict => new(StatusCodes.Status503ServiceUnavailable,
            ErrorCodes.DatabaseUnavailable, $"The database is unavailable; retry in {RetryAfterSeconds} seconds."),
        DatabaseFailureKind.DiskFull => new(StatusCodes.Status507InsufficientStorage, ErrorCodes.DiskFull,
            "The database's disk is full: nothing was written. Retry once an operator has freed space."),
        DatabaseFailureKind.Corrupt => new(StatusCodes.Status503ServiceUnavailable, ErrorCodes.DatabaseCorrupt,
            "The database file is damaged; an operator must restore it."),
        _ => null,
    };

    /// <summary>
    /// The refusal of a GraphQL request whose execution failed on the database with <paramref name="exception"/>, or null.
    /// It replaces the whole response, whatever the media type: the outage is the server's (RFC 9110's 503), as the rate
    /// limiter's 429 is, and a partial answer of nulls would only hide it. Sets <c>Retry-After</c> and logs one line.
    /// </summary>
    public static RequestRefusal? Refuse(Exception exception, HttpContext context)
    {
        if (For(exception) is not { } answer) return null;
        Log(context, answer, exception);
        return RequestRefusal.Create(answer.StatusCode, answer.Code, answer.Message);
    }

    /// <summary>The answer as the admin endpoint's JSON (<c>error</c>, <c>code</c>), or null when <paramref name="exception"/> is no such failure (<see cref="For"/>).</summary>
    public static IResult? JsonAnswer(Exception exception, HttpContext context)
    {
        if (For(exception) is not { } answer) return null;
        Log(context, answer, exception);
        return Results.Json(new { error = answer.Message, code = answer.Code }, statusCode: answer.StatusCode);
    }

    private static void Log(HttpContext context, Answer answer, Exception exception)
    {
        if (answer.Retry)
        {
            context.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
        }
        var logger = context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(LogCategory);
        Failed(logger, context.Request.Method, context.Request.Path, answer.StatusCode, answer.Code, Reason(exception), context.TraceIdentifier);
    }

    /// <summary>The innermost message: the database's own words (the wrappers' add only "see the inner exception").</summary>
    public static string Reason(Exception exception)
    {
        var e = exception;
        while (e.InnerException is not null) e = e.InnerException;
        return $"{e.GetType().Name}: {e.Message}";
    }

    [LoggerMessage(EventId = 1, EventName = "DatabaseFailure", Level = LogLevel.Warning,
        Message = "{HttpMethod} {Path} answered {StatusCode} {Code}: {Reason}; correlation id {CorrelationId}")]
    private static partial void Failed(ILogger logger, string httpMethod, string path, int statusCode, string code, string reason, string correlationId);
}
