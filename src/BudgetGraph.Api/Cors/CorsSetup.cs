using BudgetGraph.Api.Http;

namespace BudgetGraph.Api.Cors;

/// <summary>
/// Cross-origin access to <c>/graphql</c> for front ends on other origins, from the configuration list
/// <c>Cors:AllowedOrigins</c> (e.g. <c>["https://budgets.example.org"]</c>; <c>["*"]</c> for any origin).
/// Empty (the default) means same-origin only: browsers on other origins are refused by their own CORS
/// check. Allowed: GET and POST, any request header (Apollo and urql send their own), preflights cached
/// for 10 minutes; the ETag, Retry-After and correlation id headers are readable by scripts.
/// </summary>
public static class CorsSetup
{
    /// <summary>The policy applied to the GraphQL endpoint.</summary>
    public const string PolicyName = "GraphQL";

    /// <summary>The configuration key of the allowed origins.</summary>
    public const string AllowedOriginsKey = "Cors:AllowedOrigins";

    /// <summary>How long browsers may cache a preflight answer.</summary>
    public static readonly TimeSpan PreflightMaxAge = TimeSpan.FromMinutes(10);

    /// <summary>Registers the policy from configuration.</summary>
    public static IServiceCollection AddGraphQLCors(this IServiceCollection services, IConfiguration configuration)
    {
        var origins = configuration.GetSection(AllowedOriginsKey).Get<string[]>() ?? [];
        origins = origins.Where(o => !string.IsNullOrWhiteSpace(o)).Select(o => o.Trim().TrimEnd('/')).ToArray();
        services.AddCors(options => options.AddPolicy(PolicyName, policy =>
        {
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
                .WithExposedHeaders("ETag", "Retry-After", GraphQLHttpHandler.CorrelationIdHeader)
                .SetPreflightMaxAge(PreflightMaxAge);
        }));
        return services;
    }
}
