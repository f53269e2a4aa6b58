using BudgetGraph.Warehouse;
using System.Data.Common;
using Microsoft.Data.Sqlite;
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
        IProgress<ImportProgress>? progress = null, CancellationToken ct = default, MigrationSettings? migration = null)
    {
        await using (var db = contexts())
        {
            await MigrateAsync(db, migration, ct);
            if (await db.Documents.AnyAsync(ct)) return 0;
        }
        if (sourcesDirectory is null || !Directory.Exists(sourcesDirectory)) return 0;
        var files = Directory.GetFiles(sourcesDirectory, "*.txt").Order(StringComparer.Ordinal).ToList();
        var results = await new WarehouseImporter(contexts).ImportAsync(files, progress, ct);
        return results.Count;
    }

    /// <summary>An arbitrary, fixed key of the session advisory lock that serializes migrations on PostgreSQL.</summary>
    private const long MigrationLockKey = 0x42_47_4D_49_47; // "BGMIG"

    /// <summary>How often a waiting start looks again whether the migration lock is free.</summary>
    private static readonly TimeSpan LockPollInterval = TimeSpan.FromMilliseconds(200);

    /// <summary>
    /// Applies pending migrations, and only when some are pending: a warehouse already up to date is not locked at all
    /// (a start, <c>import</c> or <c>check</c> then never waits on a lock). Waits for the migration lock are bounded by
    /// <see cref="MigrationSettings.LockTimeout"/>, announced through <see cref="MigrationSettings.Notice"/>, and end in a
    /// <see cref="WarehouseStartException"/> saying what to do.
    /// <list type="bullet">
    /// <item>SQLite: EF Core's lock is a row in <c>__EFMigrationsLock</c>, which a process killed while migrating leaves
    /// behind, and EF Core then waits for its removal forever. So every migrating process of ours first takes an
    /// exclusive OS file lock on <c>&lt;database&gt;.migration-lock</c> (released by the OS when the process dies, however
    /// it dies); whoever holds that lock is the only one of ours migrating, so a row it finds is stale and is cleared.</item>
    /// <item>PostgreSQL: EF Core's own lock (LOCK TABLE on the history) ends with each migration's transaction, so two
    /// starts migrating a fresh database at once can both apply a later migration ("relation … already exists"); a
    /// session advisory lock held over the whole run serializes them (the server releases it when the session ends),
    /// and the second start finds nothing pending.</item>
    /// </list>
    /// </summary>
    public static async Task MigrateAsync(WarehouseDbContext db, MigrationSettings? settings = null, CancellationToken ct = default)
    {
        settings ??= MigrationSettings.Default;
        var postgres = db.Database.ProviderName?.Contains("Npgsql", StringComparison.Ordinal) == true;
        if (postgres)
        {
            await CreatePostgresDatabaseAsync(db, ct);
        }
        var pending = (await db.Database.GetPendingMigrationsAsync(ct)).ToList();
        if (pending.Count == 0)
        {
            return;
        }
        settings.Applying?.Invoke(pending);
        if (postgres)
        {
            await MigratePostgresAsync(db, settings, ct);
            return;
        }
        if (db.Database.ProviderName == SqlDialect.SqlServerProvider)
        {
            // EF Core's SQL Server migrator creates the database and holds a session application lock (sp_getapplock)
            // over the whole run, which the server releases when the session ends: no stale lock, no second start
            // applying the same migration. Not bounded by LockTimeout (untested against a live server).
            await db.Database.MigrateAsync(ct);
            return;
        }
        var file = SqliteFile(db);
        if (file is null)
        {
            // In memory: no other process can see the database, so no stale lock can exist.
            await db.Database.MigrateAsync(ct);
            return;
        }
        using (await LockFileAsync(file, settings, ct))
        {
            await ClearStaleSqliteLockAsync(db, file, settings, ct);
            await db.Database.MigrateAsync(ct);
        }
    }

    /// <summary>The lock needs a connection to the database, so create it first (a concurrent start may create it first).</summary>
    private static async Task CreatePostgresDatabaseAsync(WarehouseDbContext db, CancellationToken ct)
    {
        var creator = db.GetService<IRelationalDatabaseCreator>();
        if (await creator.ExistsAsync(ct)) return;
        try
        {
            await creator.CreateAsync(ct);
        }
        catch (DbException) when (creator.Exists())
        {
            // Created by the other start meanwhile.
        }
    }

    private static async Task MigratePostgresAsync(WarehouseDbContext db, MigrationSettings settings, CancellationToken ct)
    {
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            var database = db.Database.GetDbConnection().Database;
            await WaitForLockAsync(
                async () => await db.Database.SqlQueryRaw<bool>($"SELECT pg_try_advisory_lock({MigrationLockKey}) AS \"Value\"").SingleAsync(ct),
                $"Waiting for another process migrating the PostgreSQL database {database} (advisory lock {MigrationLockKey}); giving up after {settings.LockTimeout.TotalSeconds:0} s.",
                $"Another process is migrating the PostgreSQL database {database}: it has held the migration lock (advisory lock {MigrationLockKey}) for over {settings.LockTimeout.TotalSeconds:0} s. Wait for it to finish, or stop it, then start again.",
                settings, ct);
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

    /// <summary>The SQLite database's file, or null for an in-memory database.</summary>
    private static string? SqliteFile(WarehouseDbContext db)
    {
        var builder = new SqliteConnectionStringBuilder(db.Database.GetConnectionString());
        var source = builder.DataSource;
        if (builder.Mode == SqliteOpenMode.Memory || source.Length == 0 || source == ":memory:"
            || source.Contains("mode=memory", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }
        return Path.GetFullPath(source.StartsWith("file:", StringComparison.Ordinal) ? source["file:".Length..].Split('?')[0] : source);
    }

    /// <summary>The file lock that makes its holder the only migrating process of ours (see <see cref="MigrateAsync"/>).</summary>
    private static async Task<FileStream> LockFileAsync(string database, MigrationSettings settings, CancellationToken ct)
    {
        var path = database + ".migration-lock";
        FileStream? held = null;
        await WaitForLockAsync(() =>
            {
                try
                {
                    // FileShare.None is an exclusive flock on Unix (a share lock on Windows); the file itself stays: deleting
                    // it could let two processes lock two different files of the same name.
                    held = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
                    return Task.FromResult(true);
                }
                catch (IOException) when (File.Exists(path))
                {
                    return Task.FromResult(false);
                }
            },
            $"Waiting for another process migrating {database} (it holds {path}); giving up after {settings.LockTimeout.TotalSeconds:0} s.",
            $"Another process is migrating {database}: it has held {path} for over {settings.LockTimeout.TotalSeconds:0} s. Wait for it to finish, or stop it, then start again.",
            settings, ct);
        return held!;
    }

    /// <summary>
    /// Tries to take a lock until <paramref name="tryTake"/> succeeds; says <paramref name="waiting"/> once when it must
    /// wait, and throws <paramref name="timedOut"/> after <see cref="MigrationSettings.LockTimeout"/>.
    /// </summary>
    private static async Task WaitForLockAsync(Func<Task<bool>> tryTake, string waiting, string timedOut, MigrationSettings settings, CancellationToken ct)
    {
        var waited = TimeSpan.Zero;
        while (!await tryTake())
        {
            if (waited == TimeSpan.Zero)
            {
                settings.Notice?.Invoke(waiting);
            }
            if (waited >= settings.LockTimeout)
            {
                throw new WarehouseStartException(timedOut);
            }
            await Task.Delay(LockPollInterval, ct);
            waited += LockPollInterval;
        }
    }

    /// <summary>Deletes EF Core's lock row, which only a dead process can have left while we hold the file lock.</summary>
    private static async Task ClearStaleSqliteLockAsync(WarehouseDbContext db, string file, MigrationSettings settings, CancellationToken ct)
    {
        var exists = await db.Database.SqlQueryRaw<long>(
            "SELECT COUNT(*) AS \"Value\" FROM sqlite_master WHERE type = 'table' AND name = '__EFMigrationsLock'").SingleAsync(ct);
        if (exists == 0) return;
        var taken = await db.Database.SqlQueryRaw<string>("SELECT \"Timestamp\" AS \"Value\" FROM \"__EFMigrationsLock\"").ToListAsync(ct);
        if (taken.Count == 0) return;
        await db.Database.ExecuteSqlRawAsync("DELETE FROM \"__EFMigrationsLock\"", ct);
        settings.Notice?.Invoke($"Cleared the migration lock of {file} taken at {string.Join(", ", taken)}: the process that took it is no longer running.");
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

/// <summary>How migrations wait for another process migrating the same warehouse, and where they say so.</summary>
/// <param name="LockTimeout">How long to wait for the migration lock before giving up.</param>
/// <param name="Notice">Receives one line when a start waits for the lock or clears a stale one.</param>
/// <param name="Applying">Receives the pending migrations' names before they are applied (not called when none is pending).</param>
public sealed record MigrationSettings(TimeSpan LockTimeout, Action<string>? Notice = null, Action<IReadOnlyList<string>>? Applying = null)
{
    /// <summary>One minute (our migrations take seconds), silent.</summary>
    public static MigrationSettings Default { get; } = new(TimeSpan.FromMinutes(1));
}

/// <summary>The warehouse cannot be used, for a reason an operator can act on (the message says what to do).</summary>
public sealed class WarehouseStartException(string message, Exception? inner = null) : Exception(message, inner);
