using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace BudgetGraph.Api.Observability;

/// <summary>
/// The server's own figures, on the meter <see cref="MeterName"/> (exported by <see cref="ObservabilitySetup"/>): GraphQL
/// requests by status, their latency, errors by <c>extensions.code</c>, response-cache lookups, imported documents and facts.
/// The meter comes from the host's <see cref="IMeterFactory"/>, so each host (and each test server) has its own instruments.
/// Instruments cost almost nothing while nothing listens (no exporter configured).
/// </summary>
public sealed class BudgetGraphMetrics
{
    /// <summary>The meter's (and the activity source's) name.</summary>
    public const string MeterName = "BudgetGraph";

    /// <summary>Bucket bounds of the latency histogram in seconds: 5 ms to 10 s (OpenTelemetry's defaults are for milliseconds).</summary>
    internal static readonly IReadOnlyList<double> LatencyBuckets = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

    private readonly Counter<long> _requests;
    private readonly Histogram<double> _duration;
    private readonly Counter<long> _errors;
    private readonly Counter<long> _cache;
    private readonly Counter<long> _documents;
    private readonly Counter<long> _facts;

    /// <summary>Creates the instruments on the host's meter.</summary>
    public BudgetGraphMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(MeterName);
        _requests = meter.CreateCounter<long>("budgetgraph.graphql.requests", "{request}", "GraphQL requests answered, by HTTP status");
        _duration = meter.CreateHistogram("budgetgraph.graphql.request.duration", "s", "Time to answer a GraphQL request",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = LatencyBuckets });
        _errors = meter.CreateCounter<long>("budgetgraph.graphql.errors", "{error}", "GraphQL errors answered, by extensions.code");
        _cache = meter.CreateCounter<long>("budgetgraph.response_cache.lookups", "{lookup}", "Response cache lookups of queries, by result (hit, miss)");
        _documents = meter.CreateCounter<long>("budgetgraph.import.documents", "{document}", "Documents imported");
        _facts = meter.CreateCounter<long>("budgetgraph.import.facts", "{fact}", "Facts stored by imported documents");
    }

    /// <summary>
    /// One answered request to <c>/graphql</c>: its status, time and error codes; <paramref name="cacheHit"/> is null when the
    /// response cache was not consulted (a mutation, an invalid document, the cache off).
    /// </summary>
    public void Answered(int status, TimeSpan elapsed, IEnumerable<string> errorCodes, bool? cacheHit)
    {
        var statusTag = new KeyValuePair<string, object?>("http.response.status_code", status);
        _requests.Add(1, statusTag);
        _duration.Record(elapsed.TotalSeconds, statusTag);
        foreach (var code in errorCodes)
        {
            _errors.Add(1, new KeyValuePair<string, object?>("code", code));
        }
        if (cacheHit is { } hit)
        {
            _cache.Add(1, new KeyValuePair<string, object?>("result", hit ? "hit" : "miss"));
        }
    }

    /// <summary>A request refused before it reached the GraphQL front door (the rate limiter's 429): counted, not timed.</summary>
    public void Refused(int status, string code)
    {
        _requests.Add(1, new KeyValuePair<string, object?>("http.response.status_code", status));
        _errors.Add(1, new KeyValuePair<string, object?>("code", code));
    }

    /// <summary>One imported document and its facts.</summary>
    public void Imported(int facts)
    {
        _documents.Add(1);
        _facts.Add(facts);
    }
}
