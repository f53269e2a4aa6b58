namespace BudgetGraph.Api.Http;

/// <summary>Options of the GraphQL-over-HTTP endpoint, bound from <c>GraphQL:Http</c>.</summary>
public sealed class GraphQLHttpOptions
{
    /// <summary>The configuration section the options are bound from.</summary>
    public const string SectionName = "GraphQL:Http";

    /// <summary>The endpoint's path (the playground is served at the same path to browsers).</summary>
    public const string Path = "/graphql";

    /// <summary>Response header carrying the correlation id (also in every error and in the server log).</summary>
    public const string CorrelationIdHeader = "X-Correlation-Id";

    /// <summary>
    /// Cache-Control of successful GET responses (status 200, no errors). The data is read-only between
    /// imports, so shared caches may keep answers briefly; every GET response also carries an ETag, so a
    /// client revalidates cheaply afterwards (304). Responses with errors get <c>no-store</c>.
    /// </summary>
    public string CacheControl { get; set; } = "public, max-age=60";
}

/// <summary>Options of introspection, bound from <c>GraphQL:Introspection</c>.</summary>
public sealed class IntrospectionOptions
{
    /// <summary>The configuration section the options are bound from.</summary>
    public const string SectionName = "GraphQL:Introspection";

    /// <summary>
    /// Whether <c>__schema</c> and <c>__type</c> may be queried (default true: the playground and GraphQL tooling need
    /// them). False, for a locked-down deployment, refuses them before execution with <c>INTROSPECTION_DISABLED</c>;
    /// <c>__typename</c> stays (clients select it to tell types apart). The schema is public in
    /// <c>schema/budget.graphql</c> anyway: this removes a convenience for scanners, not a secret.
    /// </summary>
    public bool Enabled { get; set; } = true;
}
