using System.CommandLine;
using BudgetGraph.Ingest.Load;
using BudgetGraph.Migrations.Sqlite;
using BudgetGraph.Warehouse;

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
}
