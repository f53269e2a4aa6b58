using BudgetGraph.Warehouse;
using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

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
            await MigrateAsync(db, ct);
            if (await db.Documents.AnyAsync(ct)) return 0;
        }
        if (sourcesDirectory is null || !Directory.Exists(sourcesDirectory)) return 0;
        var files = Directory.GetFiles(sourcesDirectory, "*.txt").Order(StringComparer.Ordinal).ToList();
        var results = await new WarehouseImporter(contexts).ImportAsync(files, progress, ct);
        return results.Count;
    }

    /// <summary>An arbitrary, fixed key of the session advisory lock that serializes migrations on PostgreSQL.</summary>
    private const long MigrationLockKey = 0x42_47_4D_49_47; // "BGMIG"

    /// <summary>
    /// Applies pending migrations. On PostgreSQL, EF Core's own migration lock (LOCK TABLE on the history) ends with
    /// each migration's transaction, so two starts migrating a fresh database at once can both apply a later
    /// migration ("relation … already exists"); a session advisory lock held over the whole run serializes them,
    /// and the second start finds nothing pending. SQLite's lock (a lock table) already spans the run.
    /// </summary>
    private static async Task MigrateAsync(WarehouseDbContext db, CancellationToken ct)
    {
        if (db.Database.ProviderName?.Contains("Npgsql", StringComparison.Ordinal) != true)
        {
            await db.Database.MigrateAsync(ct);
            return;
        }
        // The lock needs a connection to the database, so create it first (a concurrent start may create it first).
        var creator = db.GetService<IRelationalDatabaseCreator>();
        if (!await creator.ExistsAsync(ct))
        {
            try
            {
                await creator.CreateAsync(ct);
            }
            catch (DbException) when (creator.Exists())
            {
                // Created by the other start meanwhile.
            }
        }
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await db.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_lock({MigrationLockKey})", ct);
            try
            {
                await db.Database.MigrateAsync(ct);
            }
            finally
            {
                await db.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_unlock({MigrationLockKey})", CancellationToken.None);
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
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
