using System.Diagnostics;
using HotChocolate.CostAnalysis;
using HotChocolate.Execution;
using HotChocolate.Execution.Configuration;
using HotChocolate.Language;
using Microsoft.Extensions.DependencyInjection;

namespace BudgetGraph.Api.Observability;

/// <summary>
/// A span per GraphQL operation on the activity source <see cref="BudgetGraphMetrics.MeterName"/>, from HotChocolate's request
/// pipeline (outermost, so it spans parsing, validation, cost analysis and execution): the operation's type and name, its
/// field and type cost (HotChocolate's cost analysis, when it ran) and its error count. The span's own duration is the
/// operation's. Nothing is recorded unless a tracer listens (OTLP configured).
/// </summary>
public static class GraphQLOperationTracing
{
    /// <summary>The activity source (one per process: activity sources are looked up by name).</summary>
    public static readonly ActivitySource Source = new(BudgetGraphMetrics.MeterName);

    /// <summary>Adds the span to the default schema's request pipeline.</summary>
    public static IServiceCollection AddGraphQLOperationTracing(this IServiceCollection services)
    {
        services.AddGraphQLServer().UseRequest(next => async context =>
        {
            using var activity = Source.StartActivity("graphql.operation");
            await next(context);
            if (activity is null)
            {
                return;
            }
            var operation = OperationOf(context);
            activity.DisplayName = $"{operation?.Operation.ToString().ToLowerInvariant() ?? "graphql"} {operation?.Name?.Value ?? "(anonymous)"}";
            activity.SetTag("graphql.operation.type", operation?.Operation.ToString().ToLowerInvariant());
            activity.SetTag("graphql.operation.name", operation?.Name?.Value ?? context.Request.OperationName);
            if (context.Result is OperationResult result)
            {
                activity.SetTag("graphql.errors", result.Errors?.Count ?? 0);
                if (result.Data is not null)
                {
                    var cost = context.GetCostMetrics();
                    activity.SetTag("budgetgraph.cost.field", cost.FieldCost);
                    activity.SetTag("budgetgraph.cost.type", cost.TypeCost);
                }
                if (result.Errors is { Count: > 0 })
                {
                    activity.SetStatus(ActivityStatusCode.Error);
                }
            }
        }, key: "BudgetOperationTracing", before: WellKnownRequestMiddleware.InstrumentationMiddleware);
        return services;
    }

    /// <summary>The executed operation's definition: the one named by the request, or the document's only one.</summary>
    private static OperationDefinitionNode? OperationOf(RequestContext context)
    {
        if (context.OperationDocumentInfo.Document is not { } document)
        {
            return null;
        }
        var operations = document.Definitions.OfType<OperationDefinitionNode>();
        return context.Request.OperationName is { } name
            ? operations.FirstOrDefault(o => o.Name?.Value == name)
            : operations.FirstOrDefault();
    }
}
