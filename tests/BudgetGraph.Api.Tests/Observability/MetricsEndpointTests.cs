using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using BudgetGraph.Api.Tests.Budget;
using BudgetGraph.Api.Tests.Warehouse;
using BudgetGraph.Warehouse;

namespace BudgetGraph.Api.Tests.Observability;

/// <summary>
/// Alone, after the parallel tests: OpenTelemetry's meter provider listens to every meter named BudgetGraph in the process,
/// so another test's requests would add to this one's figures.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class MetricsCollection
{
    /// <summary>The collection's name.</summary>
    public const string Name = "Metrics";
}

/// <summary>/metrics: Prometheus's text format of the server's own figures, when Metrics:Enabled is true.</summary>
[Collection(MetricsCollection.Name)]
public sealed partial class MetricsEndpointTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("budgetgraph-metrics-").FullName;

    private WebApplicationFactory<Program> Host(string environment, bool? metrics, bool import = false, int? permitLimit = null) =>
        new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
        {
            b.UseEnvironment(environment);
            b.UseSetting("db", Path.Combine(_directory, $"{environment}-{Guid.NewGuid():N}.db"));
            b.UseSetting("Warehouse:ImportSources", import ? "true" : "false");
            if (metrics is { } enabled)
            {
                b.UseSetting("Metrics:Enabled", enabled ? "true" : "false");
            }
            if (permitLimit is { } limit)
            {
                b.UseSetting("RateLimiting:Enabled", "true");
                b.UseSetting("RateLimiting:PermitLimit", limit.ToString(CultureInfo.InvariantCulture));
            }
        });

    private static Task<HttpResponseMessage> PostAsync(HttpClient client, string body) =>
        client.PostAsync("/graphql", new StringContent(body, Encoding.UTF8, "application/json"));

    [GeneratedRegex(@"^(?<name>[a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(?<labels>[^}]*)\})? (?<value>\S+)(?: [0-9]+)?$", RegexOptions.Multiline)]
    private static partial Regex Sample();

    /// <summary>The sum of the samples of <paramref name="name"/> carrying every label of <paramref name="labels"/> (<c>key="value"</c>).</summary>
    private static double Value(string exposition, string name, params string[] labels)
    {
        var samples = Sample().Matches(exposition).Where(m => m.Groups["name"].Value == name
            && labels.All(l => m.Groups["labels"].Value.Split(',').Contains(l))).ToList();
        Assert.True(samples.Count > 0, $"No sample {name}{{{string.Join(',', labels)}}} in:\n{exposition}");
        return samples.Sum(m => double.Parse(m.Groups["value"].Value, CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task AfterAFewRequestsMetricsShowRequestsErrorsByCodeLatencyAndCacheHits()
    {
        await using var host = Host("Development", metrics: null, import: true);
        var client = host.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await PostAsync(client, """{"query":"{ __typename }"}""")).StatusCode);
        var second = await PostAsync(client, """{"query":"{ __typename }"}""");
        Assert.Equal("hit", Assert.Single(second.Headers.GetValues(BudgetGraph.Api.Caching.ResponseCacheSetup.Header)));
        Assert.Equal(HttpStatusCode.BadRequest, (await PostAsync(client, """{"query":""")).StatusCode);

        var response = await client.GetAsync("/metrics");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync();
        Assert.Equal(2, Value(text, "budgetgraph_graphql_requests_total", "http_response_status_code=\"200\""));
        Assert.Equal(1, Value(text, "budgetgraph_graphql_requests_total", "http_response_status_code=\"400\""));
        Assert.Equal(1, Value(text, "budgetgraph_graphql_errors_total", "code=\"BAD_REQUEST\""));
        Assert.Equal(3, Value(text, "budgetgraph_graphql_request_duration_seconds_count"));
        Assert.Equal(3, Value(text, "budgetgraph_graphql_request_duration_seconds_bucket", "le=\"+Inf\""));
        Assert.Equal(1, Value(text, "budgetgraph_response_cache_lookups_total", "result=\"hit\""));
        Assert.Equal(1, Value(text, "budgetgraph_response_cache_lookups_total", "result=\"miss\""));
        // The first start's import: every document of data/sources, and the facts the warehouse holds.
        Assert.Equal(Directory.GetFiles(WarehouseFixture.SourcesDirectory, "*.txt").Length, Value(text, "budgetgraph_import_documents_total"));
        await using var db = await host.Services.GetRequiredService<IDbContextFactory<WarehouseDbContext>>().CreateDbContextAsync();
        Assert.Equal(await FirstStartLogTests.FactRowsAsync(db), Value(text, "budgetgraph_import_facts_total"));
    }

    [Fact]
    public async Task RequestsTheRateLimiterRefusesAreCountedWithTheirCode()
    {
        await using var host = Host("Development", metrics: true, permitLimit: 1);
        var client = host.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await PostAsync(client, """{"query":"{ __typename }"}""")).StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await PostAsync(client, """{"query":"{ __typename }"}""")).StatusCode);

        var text = await client.GetStringAsync("/metrics");
        Assert.Equal(1, Value(text, "budgetgraph_graphql_requests_total", "http_response_status_code=\"429\""));
        Assert.Equal(1, Value(text, "budgetgraph_graphql_errors_total", "code=\"RATE_LIMITED\""));
    }

    [Fact]
    public async Task WithMetricsOffTheEndpointDoesNotExist()
    {
        await using var off = Host("Development", metrics: false);
        Assert.Equal(HttpStatusCode.NotFound, (await off.CreateClient().GetAsync("/metrics")).StatusCode);
        // Production's default (appsettings.json has no Metrics section).
        await using var production = Host("Production", metrics: null);
        Assert.Equal(HttpStatusCode.NotFound, (await production.CreateClient().GetAsync("/metrics")).StatusCode);
    }

    public void Dispose()
    {
        try { Directory.Delete(_directory, recursive: true); } catch (IOException) { }
    }
}
