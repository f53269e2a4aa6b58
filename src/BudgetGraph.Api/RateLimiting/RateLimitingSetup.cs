using System.Globalization;
using System.Threading.RateLimiting;
using BudgetGraph.Api.Http;
using BudgetGraph.Api.Logging;
using BudgetGraph.Api.Observability;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

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

    /// <summary>
    /// Registers the limiter, its options bound from <c>RateLimiting</c> (read per request from the
    /// options, so that configuration added later, e.g. a test host's, applies).
    /// </summary>
    public static IServiceCollection AddGraphQLRateLimiting(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<RateLimitingOptions>()
            .Bind(configuration.GetSection(RateLimitingOptions.SectionName))
            .Validate(o => o.PermitLimit >= 1 && o.Window > TimeSpan.Zero,
                "RateLimiting:PermitLimit must be at least 1 and RateLimiting:Window positive.")
            .ValidateOnStart();
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.AddPolicy(PolicyName, context =>
            {
                var options = OptionsOf(context);
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
            limiter.OnRejected = (rejected, cancellationToken) => WriteRejectionAsync(rejected, cancellationToken);
        });
        return services;
    }

    private static RateLimitingOptions OptionsOf(HttpContext context) =>
        context.RequestServices.GetRequiredService<IOptions<RateLimitingOptions>>().Value;

    private static async ValueTask WriteRejectionAsync(OnRejectedContext rejected, CancellationToken cancellationToken)
    {
        var context = rejected.HttpContext;
        var options = OptionsOf(context);
        var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : options.Window;
        var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
        context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        GraphQLLog.RateLimited(context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(GraphQLLog.Category),
            context.Request.Method, context.Connection.RemoteIpAddress?.ToString() ?? "unknown", options.PermitLimit, options.Window,
            seconds, context.TraceIdentifier);
        context.RequestServices.GetRequiredService<BudgetGraphMetrics>().Refused(StatusCodes.Status429TooManyRequests, ErrorCodes.RateLimited);
        context.Response.Headers[GraphQLHttpOptions.CorrelationIdHeader] = context.TraceIdentifier;
        context.Response.ContentType = GraphQLMediaTypes.ContentType(ResponseMediaType.Json);
        var body = new RequestError(
            $"Too many requests: at most {options.PermitLimit} per {Describe(options.Window)} from one address. Retry after {seconds} seconds.",
            ErrorCodes.RateLimited).Serialize(context.TraceIdentifier);
        await context.Response.Body.WriteAsync(body, cancellationToken);
    }

    private static string Describe(TimeSpan window) =>
        window.TotalSeconds % 60 == 0 && window.TotalMinutes >= 1
            ? (window.TotalMinutes == 1 ? "minute" : $"{window.TotalMinutes:0} minutes")
            : (window.TotalSeconds == 1 ? "second" : $"{window.TotalSeconds:0.###} seconds");
}
