using System.Net;
using System.Text;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace BudgetGraph.Api.Tests.Observability;

/// <summary>Which OpenTelemetry providers run: none without a setting; traces and metrics with an OTLP endpoint.</summary>
public sealed class OtlpSetupTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("budgetgraph-otlp-").FullName;

    private WebApplicationFactory<Program> Host(string environment, string? otlp) => new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
    {
        b.UseEnvironment(environment);
        b.UseSetting("db", Path.Combine(_directory, $"{Guid.NewGuid():N}.db"));
        b.UseSetting("Warehouse:ImportSources", "false");
        if (otlp is not null)
        {
            b.UseSetting("OpenTelemetry:OtlpEndpoint", otlp);
        }
    });

    [Fact]
    public async Task WithoutMetricsOrAnOtlpEndpointNoProviderRuns()
    {
        await using var host = Host("Production", otlp: null);
        Assert.Null(host.Services.GetService<TracerProvider>());
        Assert.Null(host.Services.GetService<MeterProvider>());
    }

    [Fact]
    public async Task AnOtlpEndpointStartsTracesAndMetricsAndAnUnreachableCollectorDoesNotDisturbTheAnswers()
    {
        // Port 9 (discard) on loopback: nothing listens, the exporter's pushes fail in the background.
        await using var host = Host("Production", otlp: "http://127.0.0.1:9");
        Assert.NotNull(host.Services.GetService<TracerProvider>());
        Assert.NotNull(host.Services.GetService<MeterProvider>());
        var response = await host.CreateClient().PostAsync("/graphql", new StringContent("""{"query":"{ __typename }"}""", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("""{"data":{"__typename":"Query"}}""", await response.Content.ReadAsStringAsync());
    }

    public void Dispose()
    {
        try { Directory.Delete(_directory, recursive: true); } catch (IOException) { }
    }
}
