using Microsoft.Extensions.DependencyInjection.Extensions;

namespace BudgetGraph.Api.Caching;

/// <summary>Registration of the response cache (<see cref="GraphQLResponseCache"/>) and its options.</summary>
public static class ResponseCacheSetup
{
    /// <summary>The response header saying whether the body came from the cache: <c>hit</c> or <c>miss</c>.</summary>
    public const string Header = "X-Cache";

    /// <summary>
    /// Registers the options (<c>Cache</c>: <c>Enabled</c>, <c>MaxBytes</c>, <c>MaxEntryBytes</c>,
    /// <c>TtlSeconds</c>), the <see cref="WarehouseGeneration"/> that writers advance, the system
    /// <see cref="TimeProvider"/> unless one is registered (tests register their own) and the cache.
    /// </summary>
    public static IServiceCollection AddGraphQLResponseCache(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ResponseCacheOptions>()
            .Bind(configuration.GetSection(ResponseCacheOptions.SectionName))
            .Validate(o => o.MaxBytes > 0 && o.MaxEntryBytes > 0 && o.TtlSeconds > 0,
                "Cache:MaxBytes, Cache:MaxEntryBytes and Cache:TtlSeconds must be positive.")
            .ValidateOnStart();
        services.TryAddSingleton<WarehouseGeneration>();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<GraphQLResponseCache>();
        return services;
    }
}
