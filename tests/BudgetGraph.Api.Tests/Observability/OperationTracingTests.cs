using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Text;
using BudgetGraph.Api.Observability;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace BudgetGraph.Api.Tests.Observability;

/// <summary>The GraphQL operation's span on the BudgetGraph activity source: type, name, cost, errors.</summary>
public sealed class OperationTracingTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("budgetgraph-tracing-").FullName;
    private readonly ConcurrentQueue<Activity> _stopped = new();
    private readonly ActivityListener _listener;

    public OperationTracingTests()
    {
        _listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == BudgetGraphMetrics.MeterName,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = _stopped.Enqueue,
        };
        ActivitySource.AddActivityListener(_listener);
    }

    /// <summary>The span of the operation named <paramref name="name"/> (names unique to this test: other tests run alongside).</summary>
    private Activity SpanOf(string name) =>
        Assert.Single(_stopped, a => a.GetTagItem("graphql.operation.name") as string == name);

    [Fact]
    public async Task EachOperationIsASpanWithItsNameTypeCostAndErrors()
    {
        await using var host = new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
        {
            b.UseSetting("db", Path.Combine(_directory, "budget.db"));
            b.UseSetting("Warehouse:ImportSources", "false");
        });
        var client = host.CreateClient();
        var ok = await client.PostAsync("/graphql", new StringContent("""{"query":"query TraceProbeOk { departments(first: 2) { code } }"}""", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        await client.PostAsync("/graphql", new StringContent("""{"query":"query TraceProbeInvalid { nope }"}""", Encoding.UTF8, "application/json"));

        var span = SpanOf("TraceProbeOk");
        Assert.Equal("graphql.operation", span.OperationName);
        Assert.Equal("query TraceProbeOk", span.DisplayName);
        Assert.Equal("query", span.GetTagItem("graphql.operation.type"));
        Assert.Equal(0, span.GetTagItem("graphql.errors"));
        Assert.True(span.GetTagItem("budgetgraph.cost.type") is double typeCost && typeCost > 0);
        Assert.True(span.GetTagItem("budgetgraph.cost.field") is double fieldCost && fieldCost > 0);
        Assert.Equal(ActivityStatusCode.Unset, span.Status);

        var invalid = SpanOf("TraceProbeInvalid");
        Assert.Equal(1, invalid.GetTagItem("graphql.errors"));
        Assert.Null(invalid.GetTagItem("budgetgraph.cost.type"));
        Assert.Equal(ActivityStatusCode.Error, invalid.Status);
    }

    public void Dispose()
    {
        _listener.Dispose();
        try { Directory.Delete(_directory, recursive: true); } catch (IOException) { }
    }
}
