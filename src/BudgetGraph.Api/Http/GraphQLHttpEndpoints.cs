using BudgetGraph.Api.Caching;
using BudgetGraph.Api.Compression;
using BudgetGraph.Api.Cors;
using BudgetGraph.Api.Documents;
using BudgetGraph.Api.Limits;
using BudgetGraph.Api.RateLimiting;
using BudgetGraph.GraphQL.Types;
using Microsoft.Extensions.Options;

namespace BudgetGraph.Api.Http;

/// <summary>
/// Wiring of the GraphQL-over-HTTP endpoint: <see cref="AddGraphQLHttp"/> (services),
/// <see cref="UseGraphQLHttp"/> (middleware: compression, CORS, rate limiting) and
/// <see cref="MapGraphQLHttp"/> (GET and POST <c>/graphql</c>). The schema it serves is the
/// DI-registered <see cref="Schema"/> (e.g. <c>AddPlaceholderSchema()</c>).
/// </summary>
public static class GraphQLHttpEndpoints
{
    /// <summary>
    /// Registers the endpoint's services: options (<c>GraphQL:Limits</c>, <c>GraphQL:Http</c>, <c>GraphQL:Introspection</c>,
    /// <c>GraphQL:Documents</c>, <c>GraphQL:PersistedQueries</c>), the engine's executors over the registered
    /// schema with the parser limits (<see cref="DocumentCache"/>), the persisted query store, the response cache
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
        services.AddOptions<DocumentCacheOptions>()
            .Bind(configuration.GetSection(DocumentCacheOptions.SectionName))
            .Validate(o => o.CacheSize > 0 && o.MaxCachedQueryLength >= 0,
                "GraphQL:Documents:CacheSize must be positive and MaxCachedQueryLength not negative.")
            .ValidateOnStart();
        services.AddSingleton(provider => new DocumentCache(provider.GetRequiredService<Schema>(),
            provider.GetRequiredService<IOptions<GraphQLLimitsOptions>>(), provider.GetRequiredService<IOptions<DocumentCacheOptions>>()));
        services.AddGraphQLResponseCache(configuration);
        services.AddSingleton<GraphQLHttpHandler>();
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

    /// <summary>Maps <c>GET</c> (and <c>HEAD</c>) and <c>POST /graphql</c> with the CORS and rate limiting policies.</summary>
    /// <remarks>
    /// Builds the handler (and so the engine's executor) now: a schema the engine finds invalid stops the
    /// server at start with the schema's errors, not at its first request.
    /// </remarks>
    public static IEndpointConventionBuilder MapGraphQLHttp(this IEndpointRouteBuilder endpoints)
    {
        endpoints.ServiceProvider.GetRequiredService<GraphQLHttpHandler>();
        var group = endpoints.MapGroup("");
        group.MapMethods(GraphQLHttpOptions.Path, [HttpMethods.Get, HttpMethods.Head], Handle).WithDisplayName("GraphQL over HTTP (GET)");
        group.MapPost(GraphQLHttpOptions.Path, (RequestDelegate)Handle).WithDisplayName("GraphQL over HTTP (POST)");
        group.RequireCors(CorsSetup.PolicyName).RequireRateLimiting(RateLimitingSetup.PolicyName);
        return group;
    }

    private static Task Handle(HttpContext context) =>
        context.RequestServices.GetRequiredService<GraphQLHttpHandler>().HandleAsync(context);
}
