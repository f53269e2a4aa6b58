using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace BudgetGraph.Benchmarks;

/// <summary>
/// The quick engine measurement (HotChocolate, <see cref="EngineFixture"/>): for each document and phase, a warm-up, then
/// as many operations as fit in a fixed time, reported as operations per second. tests/js/bench.mjs measures graphql-js the
/// same way (same loop shape, same durations), so the two are comparable on one machine.
/// </summary>
public static class QuickEngine
{
    /// <summary>Runs the loops and prints one JSON object: { document: { parse, validate, execute, full, sha256 } }.</summary>
    public static async Task<int> RunAsync(double secondsPerPhase, TextWriter output)
    {
        var fixture = await EngineFixture.CreateAsync();
        var results = new Dictionary<string, Dictionary<string, object>>();
        foreach (var name in EngineFixture.DocumentNames)
        {
            var document = fixture.Parse(name);
            if (fixture.Validate(document) != 0) throw new InvalidOperationException($"{name}: the fixture does not validate.");
            string answer;
            await using (var result = await fixture.ExecuteAsync(name))
            {
                answer = EngineFixture.Json(result);
            }
            var phases = new Dictionary<string, object>
            {
                ["parse"] = await Measure(secondsPerPhase, () => { fixture.Parse(name); return Task.CompletedTask; }),
                ["validate"] = await Measure(secondsPerPhase, () => { fixture.Validate(document); return Task.CompletedTask; }),
                ["execute"] = await Measure(secondsPerPhase, async () => { await using var r = await fixture.ExecuteAsync(name); }),
                ["full"] = await Measure(secondsPerPhase, async () => { await using var r = await fixture.FullAsync(name); }),
                // The answer's hash, so the caller can check both engines computed the same response.
                ["sha256"] = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(answer))),
            };
            results[name] = phases;
        }
        output.WriteLine(JsonSerializer.Serialize(results));
        return 0;
    }

    /// <summary>Operations per second of <paramref name="op"/>: a warm-up as long as the timed loop (both JITs tier up), then the loop.</summary>
    private static async Task<double> Measure(double seconds, Func<Task> op)
    {
        var warmup = Stopwatch.StartNew();
        while (warmup.Elapsed.TotalSeconds < seconds) await op();
        long count = 0;
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed.TotalSeconds < seconds)
        {
            // Check the clock every few operations only: reading it costs as much as parsing a small document.
            for (var i = 0; i < 8; i++) await op();
            count += 8;
        }
        return Math.Round(count / clock.Elapsed.TotalSeconds, 1, MidpointRounding.AwayFromZero);
    }

    internal static string Format(double value) => value.ToString("F1", CultureInfo.InvariantCulture);
}
