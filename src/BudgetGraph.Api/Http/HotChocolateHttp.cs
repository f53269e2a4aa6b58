using BudgetGraph.Api.Cors;
using BudgetGraph.GraphSchema.Limits;
using BudgetGraph.Api.RateLimiting;
using HotChocolate;
using HotChocolate.AspNetCore;
using Microsoft.AspNetCore.Routing;
using HotChocolate.Execution;
using HotChocolate.Execution.Configuration;

namespace BudgetGraph.Api.Http;

/// <summary>
/// <c>/graphql</c> on HotChocolate's server, the only engine: the budget schema
/// (src/BudgetGraph.Schema) behind <c>MapGraphQLHttp</c>, with <see cref="HotChocolateFrontDoor"/> before the endpoint
/// keeping our public contract. The shared services (limits, persisted queries, response cache, CORS, rate limiting,
/// security headers) are <see cref="GraphQLHttpEndpoints.AddGraphQLHttp"/>'s.
/// </summary>
public static class HotChocolateHttp
{
    /// <summary>The setting that serves HotChocolate's own tool (Nitro) at <c>/graphql/nitro</c>; off unless true.</summary>
    public const string NitroKey = "GraphQL:Nitro:Enabled";

    /// <summary>
    /// Registers HotChocolate's server with our error recording, introspection setting and server options, and returns
    /// its builder for the schema to serve (Program adds the budget schema, <c>AddBudgetSchema()</c>; tests add theirs).
    /// </summary>
    public static IRequestExecutorBuilder AddHotChocolateHttp(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<HotChocolateFrontDoor>();
        // Registered so that the host sets the ambient context the error filter below reads.
        services.AddHttpContextAccessor();
        return services.AddGraphQLServer()
            // The filter is built from the schema's own services; HttpContextAccessor reads an ambient (async-local) context,
            // so an instance of its own sees the request.
            .AddErrorFilter(_ => new ExceptionRecorder(new HttpContextAccessor()))
            // HotChocolate allows introspection in Development only; ours is on unless GraphQL:Introspection:Enabled is false.
            .DisableIntrospection(!configuration.GetValue(IntrospectionOptions.SectionName + ":" + nameof(IntrospectionOptions.Enabled), true))
            .ModifyServerOptions(o =>
            {
                // Our playground is the tool at GET /graphql; HotChocolate's Nitro fetches from its vendor, so it is off.
                o.Tool.Enable = false;
                o.EnableSchemaRequests = false;
                o.EnableMultipartRequests = false;
                o.Batching = AllowedBatching.None;
            });
    }

    /// <summary>The limits HotChocolate's executor is built with: <c>GraphQL:Limits</c>, defaults where unset.</summary>
    public static GraphQLLimitsOptions LimitsOf(IConfiguration configuration) =>
        configuration.GetSection(GraphQLLimitsOptions.SectionName).Get<GraphQLLimitsOptions>() ?? new GraphQLLimitsOptions();

    /// <summary>
    /// Maps <c>/graphql</c> to HotChocolate's HTTP endpoint behind <see cref="HotChocolateFrontDoor"/>, with the CORS and
    /// rate limiting policies; Nitro at <c>/graphql/nitro</c> only when <see cref="NitroKey"/> is true.
    /// </summary>
    public static IEndpointConventionBuilder MapHotChocolateHttp(this WebApplication app)
    {
        var frontDoor = app.Services.GetRequiredService<HotChocolateFrontDoor>();
        // Built now, as the old endpoint built its executor: a schema HotChocolate finds invalid stops the server at
        // start with the schema's errors, not at its first request.
        app.Services.GetRequiredService<IRequestExecutorProvider>().GetExecutorAsync().AsTask().GetAwaiter().GetResult();
        var endpoint = app.MapGraphQLHttp(GraphQLHttpOptions.Path);
        endpoint.Add(builder =>
        {
            var hotChocolate = builder.RequestDelegate
                ?? throw new InvalidOperationException("HotChocolate's endpoint has no request delegate to stand before.");
            builder.RequestDelegate = context => frontDoor.HandleAsync(context, hotChocolate);
        });
        // HotChocolate's endpoint takes every method; ours answers GET, HEAD and POST only (405 with Allow otherwise, and
        // no CORS preflight for another method), as the old endpoint did.
        endpoint.WithMetadata(new HttpMethodMetadata([HttpMethods.Get, HttpMethods.Head, HttpMethods.Post], acceptCorsPreflight: true));
        endpoint.RequireCors(CorsSetup.PolicyName).RequireRateLimiting(RateLimitingSetup.PolicyName)
            .WithDisplayName("GraphQL over HTTP (HotChocolate)");
        if (app.Configuration.GetValue<bool>(NitroKey))
        {
            app.MapNitroApp(GraphQLHttpOptions.Path + "/nitro", GraphQLHttpOptions.Path);
        }

        return endpoint;
    }

    /// <summary>
    /// Records the exception behind each error in the request's <see cref="HttpContext"/> (the response carries only the
    /// message): the front door logs internal failures with their exception and answers database outages.
    /// </summary>
    private sealed class ExceptionRecorder(IHttpContextAccessor accessor) : IErrorFilter
    {
        public IError OnError(IError error)
        {
            if (error.Exception is { } exception
                && accessor.HttpContext?.Items[typeof(HotChocolateFrontDoor.RecordedExceptions)] is HotChocolateFrontDoor.RecordedExceptions recorded)
            {
                lock (recorded)
                {
                    recorded.Entries.Add((error.Message, exception));
                }
            }

            return error;
        }
    }
}
