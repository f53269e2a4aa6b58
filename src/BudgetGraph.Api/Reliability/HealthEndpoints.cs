using BudgetGraph.Api.Http;
using BudgetGraph.Warehouse;
using Microsoft.EntityFrameworkCore;

namespace BudgetGraph.Api.Reliability;

/// <summary>
/// Health probes: <c>/health/live</c> says the process answers (a restart would not help otherwise);
/// <c>/health/ready</c> (and <c>/health</c>, its alias for the probes configured before it existed) says the warehouse
/// answers a query, so a load balancer stops sending requests while the database is down. Both answer <c>ok</c> (200);
/// ready answers 503 with <c>Retry-After</c> and the JSON error of <see cref="DatabaseOutage"/> when the database does not.
/// </summary>
public static class HealthEndpoints
{
    /// <summary>How long readiness waits for the database (a probe must answer promptly even when the database hangs).</summary>
    public static readonly TimeSpan ReadyTimeout = TimeSpan.FromSeconds(5);

    /// <summary>Maps <c>/health/live</c>, <c>/health/ready</c> and <c>/health</c>.</summary>
    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/health/live", () => "ok").WithDisplayName("Liveness");
        endpoints.MapGet("/health/ready", ReadyAsync).WithDisplayName("Readiness");
        endpoints.MapGet("/health", ReadyAsync).WithDisplayName("Readiness (alias)");
        return endpoints;
    }

    private static async Task<IResult> ReadyAsync(HttpContext context, IDbContextFactory<WarehouseDbContext> contexts)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted);
        timeout.CancelAfter(ReadyTimeout);
        try
        {
            await using var db = await contexts.CreateDbContextAsync(timeout.Token);
            // A query of a warehouse table, not just a connection: a file without the schema is not ready either.
            await db.Documents.AnyAsync(timeout.Token);
            return Results.Text("ok");
        }
        catch (Exception e) when (DatabaseOutage.For(e) is not null || (e is OperationCanceledException && !context.RequestAborted.IsCancellationRequested))
        {
            if (DatabaseOutage.JsonAnswer(e, context) is { } answer) return answer;
            context.Response.Headers.RetryAfter = DatabaseOutage.RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return Results.Json(new { error = $"The database did not answer within {ReadyTimeout.TotalSeconds:0} seconds.", code = ErrorCodes.DatabaseUnavailable },
                statusCode: StatusCodes.Status503ServiceUnavailable);
        }
    }
}
