using BudgetGraph.Warehouse;
using Microsoft.EntityFrameworkCore;

namespace BudgetGraph.Ingest.Load;

/// <summary>
/// Start-up of a warehouse: apply the provider's migrations, then, when no document has been
/// imported yet, import every <c>*.txt</c> under the sources directory (in file-name order).
/// Later starts find documents and import nothing. Also locates the repository's data/ folder.
/// </summary>
public static class WarehouseBootstrap
{
    /// <summary>Migrates and seeds; returns the number of documents imported (0 when the warehouse was not empty).</summary>
    public static async Task<int> EnsureAsync(Func<WarehouseDbContext> contexts, string? sourcesDirectory,
        IProgress<ImportProgress>? progress = null, CancellationToken ct = default)
    {
        await using (var db = contexts())
        {
            await db.Database.MigrateAsync(ct);
            if (await db.Documents.AnyAsync(ct)) return 0;
        }
        if (sourcesDirectory is null || !Directory.Exists(sourcesDirectory)) return 0;
        var files = Directory.GetFiles(sourcesDirectory, "*.txt").Order(StringComparer.Ordinal).ToList();
        var results = await new WarehouseImporter(contexts).ImportAsync(files, progress, ct);
        return results.Count;
    }

    /// <summary>The repository root: the first directory at or above <paramref name="start"/> holding BudgetGraph.sln.</summary>
    public static string? FindRepositoryRoot(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "BudgetGraph.sln"))) return dir.FullName;
        return null;
    }

    /// <summary>
    /// The data/ directory: under the repository root found from <paramref name="start"/> (dotnet run sets the
    /// content root to the project folder), else from the application's base directory, else start/data.
    /// </summary>
    public static string DataDirectory(string start) =>
        Path.Combine(FindRepositoryRoot(start) ?? FindRepositoryRoot(AppContext.BaseDirectory) ?? start, "data");
}
