using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace BudgetGraph.Api.Observability;

/// <summary>
/// Metrics and traces with OpenTelemetry. Configuration:
/// <list type="bullet">
/// <item><c>Metrics:Enabled</c> — Prometheus's text format on <c>GET /metrics</c> (on in Development, off by default
/// otherwise: the figures tell an outsider how the server is used; when off, <c>/metrics</c> is 404);</item>
/// <item><c>OpenTelemetry:OtlpEndpoint</c>, or the standard <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> (with
/// <c>OTEL_EXPORTER_OTLP_PROTOCOL</c> and the other <c>OTEL_*</c> variables the exporter reads) — traces and metrics
/// pushed over OTLP to a collector.</item>
/// </list>
/// Traces: ASP.NET Core's HTTP spans, the GraphQL operation (<see cref="GraphQLOperationTracing"/>), EF Core's commands
/// (SQLite and PostgreSQL). Metrics: <see cref="BudgetGraphMetrics"/>, ASP.NET Core's HTTP server metrics.
/// With neither setting, no OpenTelemetry provider is started.
/// </summary>
public static class ObservabilitySetup
{
    /// <summary>The setting that serves <c>/metrics</c>.</summary>
    public const string MetricsKey = "Metrics:Enabled";

    /// <summary>The path of the Prometheus scrape endpoint.</summary>
    public const string MetricsPath = "/metrics";

    /// <summary>Registers <see cref="BudgetGraphMetrics"/>, the GraphQL operation span and the configured exporters.</summary>
    public static WebApplicationBuilder AddObservability(this WebApplicationBuilder builder)
    {
        builder.Services.AddMetrics();
        builder.Services.AddSingleton<BudgetGraphMetrics>();
        builder.Services.AddGraphQLOperationTracing();
        var prometheus = builder.Configuration.GetValue<bool>(MetricsKey);
        var otlp = OtlpEndpoint(builder.Configuration);
        if (!prometheus && otlp is null)
        {
            return builder;
        }
        var telemetry = builder.Services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService("BudgetGraph.Api"))
            .WithMetrics(metrics =>
            {
                metrics.AddMeter(BudgetGraphMetrics.MeterName).AddAspNetCoreInstrumentation();
                if (prometheus)
                {
                    // Scrapes answer the figures of the moment, not a copy up to 300 ms old (the exporter's default).
                    metrics.AddPrometheusExporter(o => o.ScrapeResponseCacheDurationMilliseconds = 0);
                }
            });
        if (otlp is not null)
        {
            telemetry.WithTracing(tracing => tracing.AddSource(BudgetGraphMetrics.MeterName)
                    .AddAspNetCoreInstrumentation(o => o.Filter = context => !context.Request.Path.StartsWithSegments(MetricsPath))
                    .AddEntityFrameworkCoreInstrumentation())
                .UseOtlpExporter(OtlpExportProtocol(builder.Configuration), new Uri(otlp));
        }
        return builder;
    }

    /// <summary>Serves the Prometheus scrape endpoint when <see cref="MetricsKey"/> is true; otherwise the path stays unmapped (404).</summary>
    public static WebApplication MapMetrics(this WebApplication app)
    {
        if (app.Configuration.GetValue<bool>(MetricsKey))
        {
            app.MapPrometheusScrapingEndpoint(MetricsPath);
        }
        return app;
    }

    /// <summary><c>OpenTelemetry:OtlpEndpoint</c>, else <c>OTEL_EXPORTER_OTLP_ENDPOINT</c>; null when neither is set.</summary>
    internal static string? OtlpEndpoint(IConfiguration configuration) =>
        configuration["OpenTelemetry:OtlpEndpoint"] is { Length: > 0 } endpoint ? endpoint
        : configuration["OTEL_EXPORTER_OTLP_ENDPOINT"] is { Length: > 0 } standard ? standard : null;

    /// <summary><c>OTEL_EXPORTER_OTLP_PROTOCOL</c>: <c>http/protobuf</c>, else gRPC (the exporter's default).</summary>
    private static OpenTelemetry.Exporter.OtlpExportProtocol OtlpExportProtocol(IConfiguration configuration) =>
        configuration["OTEL_EXPORTER_OTLP_PROTOCOL"] == "http/protobuf"
            ? OpenTelemetry.Exporter.OtlpExportProtocol.HttpProtobuf
            : OpenTelemetry.Exporter.OtlpExportProtocol.Grpc;
}
