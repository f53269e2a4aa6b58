using System.Data.Common;
using System.Diagnostics;
using System.Text.Json;
using BudgetGraph.Api.Bench;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace BudgetGraph.Benchmarks;

/// <summary>
/// The in-process floor of the API benchmark: each statement of <see cref="SqlFloorStatements"/> through plain ADO.NET
/// (one open connection, every row read, no HTTP), timed sequentially.
/// </summary>
public static class SqlFloor
{
    /// <summary>Runs the statement repeatedly for about <paramref name="seconds"/> (at least 5 times) and prints latency percentiles as JSON.</summary>
    public static async Task<int> RunAsync(string provider, string connectionString, string query, int year, IReadOnlyList<string> codes,
        string nameContains, double seconds, TextWriter output)
    {
        await using DbConnection connection = provider.ToUpperInvariant() switch
        {
            "SQLITE" => new SqliteConnection(connectionString),
            "POSTGRESQL" => new NpgsqlConnection(connectionString),
            _ => throw new ArgumentException($"Unknown provider '{provider}': expected Sqlite or PostgreSql.", nameof(provider)),
        };
        await connection.OpenAsync();
        var sql = SqlFloorStatements.Sql(query, year, codes, nameContains);
        long rows = 0;
        async Task<long> Once()
        {
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            await using var reader = await command.ExecuteReaderAsync();
            long n = 0;
            var values = new object[reader.FieldCount];
            while (await reader.ReadAsync())
            {
                reader.GetValues(values);
                n++;
            }
            return n;
        }
        for (var i = 0; i < 3; i++) rows = await Once();
        var latencies = new List<double>();
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed.TotalSeconds < seconds || latencies.Count < 5)
        {
            var start = Stopwatch.GetTimestamp();
            await Once();
            latencies.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
        }
        latencies.Sort();
        double Percentile(double p) => latencies[Math.Min(latencies.Count - 1, (int)Math.Ceiling(p * latencies.Count) - 1)];
        output.WriteLine(JsonSerializer.Serialize(new
        {
            query, provider, rows, runs = latencies.Count,
            p50_ms = Math.Round(Percentile(0.5), 3), p99_ms = Math.Round(Percentile(0.99), 3),
        }));
        return 0;
    }
}
