using System.Globalization;
using System.Threading.RateLimiting;
using BudgetGraph.Api.Http;
using BudgetGraph.GraphQL;
using Microsoft.AspNetCore.RateLimiting;

namespace BudgetGraph.Api.RateLimiting;

/// <summary>Rate limiting options, bound from the configuration section <c>RateLimiting</c>.</summary>
public sealed class RateLimitingOptions
{
    /// <summary>The configuration section the options are bound from.</summary>
    public const string SectionName = "RateLimiting";

    /// <summary>
    /// Whether requests to <c>/graphql</c> are limited. On in production (appsettings.json); off in
    /// Development (appsettings.Development.json), which is also the tests' environment.
    /// </summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Requests one client address may make per <see cref="Window"/>.</summary>
    public int PermitLimit { get; set; } = 300;

    /// <summary>The fixed window the permits are counted in.</summary>
    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);
}

/// <summary>
/// Per-client rate limiting of the GraphQL endpoint with ASP.NET Core's rate limiter: a fixed window of
/// <see cref="RateLimitingOptions.PermitLimit"/> requests per <see cref="RateLimitingOptions.Window"/> for
/// each remote IP address. Past it, 429 with <c>Retry-After</c> (seconds until the window ends) and a
/// GraphQL error coded <c>RATE_LIMITED</c>. Behind a reverse proxy, the proxy must forward the client's
/// address (ForwardedHeaders) or every client shares the proxy's budget.
/// </summary>
public static class RateLimitingSetup
{
    /// <summary>The policy applied to the GraphQL endpoint.</summary>
    public const string PolicyName = "GraphQL";

    /// <summary>Registers the limiter from configuration.</summary>
    public static IServiceCollection AddGraphQLRateLimiting(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(RateLimitingOptions.SectionName).Get<RateLimitingOptions>() ?? new RateLimitingOptions();
        if (options.PermitLimit < 1 || options.Window <= TimeSpan.Zero)
        {
            throw new InvalidOperationException(
                $"RateLimiting:PermitLimit must be at least 1 and RateLimiting:Window positive; found {options.PermitLimit} and {options.Window}.");
        }

        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.AddPolicy(PolicyName, context =>
            {
                if (!options.Enabled)
                {
                    return RateLimitPartition.GetNoLimiter("off");
                }

                var client = context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
                return RateLimitPartition.GetFixedWindowLimiter(client, _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = options.PermitLimit,
                    Window = options.Window,
                    QueueLimit = 0,
                    AutoReplenishment = true,
                });
            });
            limiter.OnRejected = (rejected, cancellationToken) => WriteRejectionAsync(rejected, options, cancellationToken);
        });
        return services;
    }

    private static async ValueTask WriteRejectionAsync(OnRejectedContext rejected, RateLimitingOptions options, CancellationToken cancellationToken)
    {
        var context = rejected.HttpContext;
        var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : options.Window;
        var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
        context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        context.Response.Headers[GraphQLHttpHandler.CorrelationIdHeader] = context.TraceIdentifier;
        context.Response.ContentType = GraphQLMediaTypes.ContentType(ResponseMediaType.Json);
        var error = new GraphQLError(
            $"Too many requests: at most {options.PermitLimit} per {Describe(options.Window)} from one address. Retry after {seconds} seconds.",
            extensions: new Dictionary<string, object?> { ["code"] = ErrorCodes.RateLimited });
        var body = GraphQLResponseWriter.Serialize(GraphQLResponse.FromErrors(error),
            new ErrorDecoration(context.TraceIdentifier, _ => null, IncludeExceptionDetails: false));
        await context.Response.Body.WriteAsync(body, cancellationToken);
    }

    private static string Describe(TimeSpan window) =>
        window.TotalSeconds % 60 == 0 && window.TotalMinutes >= 1
            ? (window.TotalMinutes == 1 ? "minute" : $"{window.TotalMinutes:0} minutes")
            : (window.TotalSeconds == 1 ? "second" : $"{window.TotalSeconds:0.###} seconds");
}
