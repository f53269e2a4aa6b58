using System.Runtime;

namespace BudgetGraph.Api.Bench;

/// <summary>
/// Bench-only (configuration <c>Bench:MemoryReport</c> = true; off by default, never in a deployment): <c>GET
/// /bench/memory</c> answers the garbage collector's view of the process as JSON, so that scripts/load.sh can tell
/// managed growth (the heap after the last collection) from native growth (resident memory beyond the committed heap)
/// without dotnet-counters. Reading it allocates nothing that lasts and triggers no collection.
/// </summary>
public static class MemoryReport
{
    /// <summary>The path of the report.</summary>
    public const string Path = "/bench/memory";

    /// <summary>Maps the report when <c>Bench:MemoryReport</c> is true.</summary>
    public static WebApplication MapMemoryReport(this WebApplication app)
    {
        if (!app.Configuration.GetValue("Bench:MemoryReport", false)) return app;
        app.MapGet(Path, () =>
        {
            var info = GC.GetGCMemoryInfo();
            return Results.Json(new
            {
                serverGC = GCSettings.IsServerGC,
                concurrentGC = GCSettings.LatencyMode != GCLatencyMode.Batch,
                heapSizeBytes = info.HeapSizeBytes, // after the last collection
                committedBytes = info.TotalCommittedBytes,
                fragmentedBytes = info.FragmentedBytes,
                totalAllocatedBytes = GC.GetTotalAllocatedBytes(),
                gen0Collections = GC.CollectionCount(0),
                gen1Collections = GC.CollectionCount(1),
                gen2Collections = GC.CollectionCount(2),
                workingSetBytes = Environment.WorkingSet,
            });
        });
        return app;
    }
}
