using BudgetGraph.Api.Caching;
using BudgetGraph.Api.Compression;
using BudgetGraph.Api.Cors;
using BudgetGraph.Api.Documents;
using BudgetGraph.GraphSchema.Limits;
using BudgetGraph.Api.RateLimiting;
using Microsoft.Extensions.Options;

namespace BudgetGraph.Api.Http;

/// <summary>
/// Wiring of the GraphQL-over-HTTP endpoint's own services: <see cref="AddGraphQLHttp"/> (services) and
/// <see cref="UseGraphQLHttp"/> (middleware: compression, CORS, rate limiting); HotChocolate's endpoint is
/// <see cref="HotChocolateHttp"/>'s.
/// </summary>
public static class GraphQLHttpEndpoints
{
    /// <summary>
    /// Registers the endpoint's services: options (<c>GraphQL:Limits</c>, <c>GraphQL:Http</c>, <c>GraphQL:Introspection</c>,
    /// <c>GraphQL:PersistedQueries</c>), the persisted query store, the response cache
    /// (<c>Cache</c>, <see cref="GraphQLResponseCache"/>), CORS (<c>Cors:AllowedOrigins</c>), response compression and
    /// rate limiting (<c>RateLimiting</c>).
    /// </summary>
    public static IServiceCollection AddGraphQLHttp(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<GraphQLLimitsOptions>()
            .Bind(configuration.GetSection(GraphQLLimitsOptions.SectionName))
            .Validate(l => l.MaxRequestBytes > 0 && l.MaxTokens > 0 && l.MaxDepth > 0 && l.MaxExecutionDepth > 0
                           && l.MaxCost > 0 && l.MaxPageSize > 0 && l.MaxListSize > 0 && l.DefaultListSize >= 0 && l.RequestTimeout > TimeSpan.Zero,
                "Every GraphQL:Limits value must be positive (DefaultListSize may be 0).")
            .ValidateOnStart();
        services.AddOptions<GraphQLHttpOptions>().Bind(configuration.GetSection(GraphQLHttpOptions.SectionName));
        services.AddOptions<IntrospectionOptions>().Bind(configuration.GetSection(IntrospectionOptions.SectionName));
        services.AddOptions<PersistedQueryOptions>().Bind(configuration.GetSection(PersistedQueryOptions.SectionName));
        services.AddSingleton<PersistedQueryStore>();
        services.AddGraphQLResponseCache(configuration);
        services.AddGraphQLCors();
        services.AddGraphQLCompression();
        services.AddGraphQLRateLimiting(configuration);
        services.AddSecurityHeaders();
        services.AddServerRejectionBodies(); // Kestrel's own 4xx answers get a JSON error body
        return services;
    }

    /// <summary>
    /// Adds the middleware the endpoint relies on, in order: security headers (on every response of the server,
    /// <see cref="SecurityHeaders"/>), compression, CORS, rate limiting.
    /// </summary>
    public static IApplicationBuilder UseGraphQLHttp(this IApplicationBuilder app)
    {
        app.UseSecurityHeaders();
        app.UseResponseCompression();
        app.UseCors();
        app.UseRateLimiter();
        return app;
    }
}
