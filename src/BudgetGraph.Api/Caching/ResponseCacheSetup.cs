using Microsoft.Extensions.DependencyInjection.Extensions;

namespace BudgetGraph.Api.Caching;

/// <summary>Registration of the response cache (<see cref="GraphQLResponseCache"/>) and its options.</summary>
public static class ResponseCacheSetup
{
    /// <summary>The response header saying whether the body came from the cache: <c>hit</c> or <c>miss</c>.</summary>
    public const string Header = "X-Cache";

    /// <summary>
    /// Registers the options (<c>Cache</c>: <c>Enabled</c>, <c>MaxBytes</c>, <c>MaxEntryBytes</c>,
    /// <c>TtlSeconds</c>), with <c>Redis:Configuration</c> set the <see cref="RedisShare"/> that replicas share (docs/deployment.md),
    /// the <see cref="WarehouseGeneration"/> that writers advance, the system
    /// <see cref="TimeProvider"/> unless one is registered (tests register their own) and the cache.
    /// </summary>
    public static IServiceCollection AddGraphQLResponseCache(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ResponseCacheOptions>()
            .Bind(configuration.GetSection(ResponseCacheOptions.SectionName))
            .Validate(o => o.MaxBytes > 0 && o.MaxEntryBytes > 0 && o.TtlSeconds > 0,
                "Cache:MaxBytes, Cache:MaxEntryBytes and Cache:TtlSeconds must be positive.")
            .ValidateOnStart();
        services.AddOptions<RedisOptions>().Bind(configuration.GetSection(RedisOptions.SectionName))
            .Validate(o => !o.IsConfigured || (!string.IsNullOrEmpty(o.KeyPrefix) && o.PersistedQueryTtl > TimeSpan.Zero),
                "Redis:KeyPrefix must not be empty and Redis:PersistedQueryTtl must be positive.")
            .Validate(o => !o.IsConfigured || RedisOptions.Parses(o.Configuration!),
                "Redis:Configuration is not a StackExchange.Redis configuration string (such as 127.0.0.1:6379,password=…).")
            .ValidateOnStart();
        if (configuration.GetSection(RedisOptions.SectionName).Get<RedisOptions>() is { IsConfigured: true })
        {
            // Shared by the replicas: the generation, the response cache's second level and the persisted queries (their
            // constructors taking a RedisShare are chosen when it is registered).
            services.TryAddSingleton<RedisShare>();
        }
        services.TryAddSingleton<WarehouseGeneration>();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<GraphQLResponseCache>();
        return services;
    }
}
