namespace BudgetGraph.Api.Http;

/// <summary>Options of the GraphQL-over-HTTP endpoint, bound from <c>GraphQL:Http</c>.</summary>
public sealed class GraphQLHttpOptions
{
    /// <summary>The configuration section the options are bound from.</summary>
    public const string SectionName = "GraphQL:Http";

    /// <summary>The endpoint's path (the playground is served at the same path to browsers).</summary>
    public const string Path = "/graphql";

    /// <summary>
    /// Cache-Control of successful GET responses (status 200, no errors). The data is read-only between
    /// imports, so shared caches may keep answers briefly; every GET response also carries an ETag, so a
    /// client revalidates cheaply afterwards (304). Responses with errors get <c>no-store</c>.
    /// </summary>
    public string CacheControl { get; set; } = "public, max-age=60";
}
