using System.CommandLine;
using System.Data.Common;
using BudgetGraph.Ingest.Load;
using BudgetGraph.Migrations.Sqlite;
using BudgetGraph.Warehouse;
using Microsoft.EntityFrameworkCore;

namespace BudgetGraph.Cli.Commands;

/// <summary>The <c>--db</c> option shared by warehouse commands and the SQLite contexts it opens.</summary>
internal static class WarehouseOptions
{
    public static Option<string?> Database() => new("--db")
    {
        Description = "SQLite warehouse file (default: data/budget.db in the repository).",
    };

    /// <summary>The database path: the option, else data/budget.db under the repository containing the current directory.</summary>
    public static string PathFor(string? option) =>
        Path.GetFullPath(option ?? Path.Combine(WarehouseBootstrap.DataDirectory(Directory.GetCurrentDirectory()), "budget.db"));

    public static Func<WarehouseDbContext> Contexts(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var options = SqliteWarehouse.Options(SqliteWarehouse.ConnectionStringFor(path));
        return () => new WarehouseDbContext(options);
    }

    /// <summary>The exit code of a warehouse that cannot be used: full disk, damaged file, unreachable, locked for migration.</summary>
    public const int Unusable = 3;

    /// <summary>
    /// Applies pending migrations (none pending: no lock is taken), saying on stderr when it waits for another
    /// process or clears a lock a killed process left (<see cref="WarehouseBootstrap.MigrateAsync"/>).
    /// </summary>
    public static Task MigrateAsync(WarehouseDbContext db, CancellationToken ct) =>
        WarehouseBootstrap.MigrateAsync(db, MigrationSettings.Default with { Notice = Console.Error.WriteLine }, ct);

    /// <summary>
    /// Runs a warehouse command; a failure the operator can act on (see <see cref="DatabaseFailure"/>) is one line on
    /// stderr and exit code <see cref="Unusable"/>, not a stack trace. <paramref name="document"/> names the document
    /// being imported when the failure came, if any.
    /// </summary>
    public static async Task<int> GuardAsync(string path, Func<Task<int>> command, Func<string?>? document = null)
    {
        try
        {
            return await command();
        }
        catch (WarehouseStartException e)
        {
            return Refuse(e.Message);
        }
        catch (Exception e) when (e is DbException or DbUpdateException or InvalidOperationException
                                  && DatabaseFailure.Classify(e) is not (DatabaseFailureKind.Other or DatabaseFailureKind.Conflict))
        {
            var doing = document?.Invoke() is { } name ? $"{name} was not imported (its transaction was rolled back)" : "nothing was changed";
            return Refuse(DatabaseFailure.Classify(e) switch
            {
                DatabaseFailureKind.DiskFull => $"{path}: the disk is full; {doing}. Free space, then run the command again.",
                DatabaseFailureKind.Corrupt => $"{path} is damaged ({Reason(e)}); {doing}. Restore it from a backup, or import the documents into a new file.",
                _ => $"{path} cannot be opened ({Reason(e)}); {doing}.",
            });
        }
    }

    private static int Refuse(string message)
    {
        Console.Error.WriteLine("budgetgraph: " + message);
        return Unusable;
    }

    /// <summary>The database's own words, without the provider's prefix ("SQLite Error 13: ").</summary>
    private static string Reason(Exception e)
    {
        var db = e as DbException ?? e.InnerException as DbException ?? e.InnerException?.InnerException as DbException;
        var message = (db ?? e).Message;
        var colon = message.IndexOf(": ", StringComparison.Ordinal);
        return message.StartsWith("SQLite Error ", StringComparison.Ordinal) && colon > 0 ? message[(colon + 2)..].TrimEnd('.') : message.TrimEnd('.');
    }
}
