using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;
using Xunit.Abstractions;

namespace BudgetGraph.GraphSchema.Tests;

/// <summary>
/// The four bench queries of scripts/bench.sh (scale 1, Parity/Bench) through both executors in process, one after the
/// other on the same warehouse: each engine's p50 is written to the test output (run with
/// <c>--logger "console;verbosity=detailed"</c>). Nothing is asserted about time (speed belongs to scripts/bench.sh and
/// docs/performance.md); the answers must be equal on every run.
/// </summary>
[Collection(ParityCollection.Name)]
public sealed class SideBySideTiming(ParityFixture warehouse, ITestOutputHelper output)
{
    private const int Warmup = 20;
    private const int Runs = 200;

    [Fact]
    public async Task The_bench_queries_answer_the_same_on_both_engines_run_after_run()
    {
        foreach (var name in new[] { "list", "breakdown", "compare", "aggregate" })
        {
            var query = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "Parity", "Bench", name + ".graphql"));
            var expected = Data(await warehouse.RunAsync(query));
            var old = await MedianAsync(() => warehouse.RunAsync(query), expected);
            var hot = await MedianAsync(() => warehouse.RunOnHotChocolateAsync(query, null), expected);
            output.WriteLine($"{name}: p50 old engine {old:F3} ms, HotChocolate {hot:F3} ms ({hot / old:F2}×), {Runs} runs each");
        }
    }

    private static JsonNode? Data(JsonElement response) => JsonNode.Parse(response.GetProperty("data").GetRawText());

    /// <summary>The median time of <paramref name="run"/> (the answer is checked after each timed run, outside the timing).</summary>
    private static async Task<double> MedianAsync(Func<Task<JsonElement>> run, JsonNode? expected)
    {
        for (var i = 0; i < Warmup; i++)
        {
            Assert.True(JsonNode.DeepEquals(expected, Data(await run())));
        }
        var times = new double[Runs];
        for (var i = 0; i < Runs; i++)
        {
            var clock = Stopwatch.StartNew();
            var answer = await run();
            times[i] = clock.Elapsed.TotalMilliseconds;
            Assert.True(JsonNode.DeepEquals(expected, Data(answer)));
        }
        Array.Sort(times);
        return times[Runs / 2];
    }
}
