namespace BudgetGraph.Api.Http;

/// <summary>Which GraphQL engine answers <c>/graphql</c>: the setting <c>GraphQL:Engine</c>.</summary>
public enum GraphQLEngine
{
    /// <summary>
    /// The home-made engine (src/BudgetGraph.GraphQL) behind our own handler (<see cref="GraphQLHttpHandler"/>). Kept
    /// so that scripts/bench.sh can serve both engines side by side over one warehouse while the new one is measured.
    /// </summary>
    Legacy,

    /// <summary>HotChocolate's server (<c>MapGraphQLHttp</c>) with our public contract in front (<see cref="HotChocolateFrontDoor"/>).</summary>
    HotChocolate,
}

/// <summary>Reads <c>GraphQL:Engine</c>.</summary>
public static class GraphQLEngineSetting
{
    /// <summary>The configuration key.</summary>
    public const string Key = "GraphQL:Engine";

    /// <summary>The engine when the setting is absent.</summary>
    public const GraphQLEngine Default = GraphQLEngine.HotChocolate;

    /// <summary>The configured engine; an unknown value stops the server at start, naming the values it accepts.</summary>
    public static GraphQLEngine Read(IConfiguration configuration) => configuration[Key] switch
    {
        null or "" => Default,
        var value when Enum.TryParse<GraphQLEngine>(value, ignoreCase: true, out var engine) && Enum.IsDefined(engine) => engine,
        var value => throw new InvalidOperationException(
            $"{Key} is \"{value}\"; it must be {nameof(GraphQLEngine.Legacy)} or {nameof(GraphQLEngine.HotChocolate)}."),
    };
}
