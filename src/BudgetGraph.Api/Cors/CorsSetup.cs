using BudgetGraph.Api.Caching;
using BudgetGraph.Api.Http;
using Microsoft.AspNetCore.Cors.Infrastructure;

namespace BudgetGraph.Api.Cors;

/// <summary>
/// Cross-origin access to <c>/graphql</c> for front ends on other origins, from the configuration list
/// <c>Cors:AllowedOrigins</c> (e.g. <c>["https://budgets.example.org"]</c>; <c>["*"]</c> for any origin).
/// Empty (the default) means same-origin only: browsers on other origins are refused by their own CORS
/// check. Allowed: GET and POST, any request header (Apollo and urql send their own), preflights cached
/// for 10 minutes; the ETag, Retry-After, correlation id and X-Cache headers are readable by scripts.
/// </summary>
public static class CorsSetup
{
    /// <summary>The policy applied to the GraphQL endpoint.</summary>
    public const string PolicyName = "GraphQL";

    /// <summary>The configuration key of the allowed origins.</summary>
    public const string AllowedOriginsKey = "Cors:AllowedOrigins";

    /// <summary>How long browsers may cache a preflight answer.</summary>
    public static readonly TimeSpan PreflightMaxAge = TimeSpan.FromMinutes(10);

    /// <summary>
    /// Registers the policy. Configuration is read when the CORS options are first used, not at
    /// registration, so that configuration added later (a test host's) applies.
    /// </summary>
    public static IServiceCollection AddGraphQLCors(this IServiceCollection services)
    {
        services.AddCors();
        services.AddOptions<CorsOptions>().Configure<IConfiguration>((options, configuration) => options.AddPolicy(PolicyName, policy =>
        {
            var origins = (configuration.GetSection(AllowedOriginsKey).Get<string[]>() ?? [])
                .Where(o => !string.IsNullOrWhiteSpace(o))
                .Select(o => o.Trim().TrimEnd('/'))
                .ToArray();
            if (origins.Contains("*"))
            {
                policy.AllowAnyOrigin();
            }
            else
            {
                policy.WithOrigins(origins);
            }

            policy.WithMethods(HttpMethods.Get, HttpMethods.Post)
                .AllowAnyHeader()
                .WithExposedHeaders("ETag", "Retry-After", GraphQLHttpOptions.CorrelationIdHeader, ResponseCacheSetup.Header)
                .SetPreflightMaxAge(PreflightMaxAge);
        }));
        return services;
    }
}
