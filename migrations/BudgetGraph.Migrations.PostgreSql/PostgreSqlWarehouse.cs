using BudgetGraph.Warehouse;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Npgsql;

namespace BudgetGraph.Migrations.PostgreSql;

/// <summary>The PostgreSQL (server) provider of the warehouse, with this assembly's migrations.</summary>
public static class PostgreSqlWarehouse
{
    /// <summary>
    /// Statements Npgsql prepares automatically per connection when the connection string does not say (Max Auto
    /// Prepare): the API sends a few statement shapes over and over, and a prepared statement skips PostgreSQL's
    /// parse and plan. Npgsql's own default is 0 (off).
    /// </summary>
    public const int DefaultMaxAutoPrepare = 64;

    /// <summary>The connection string with the defaults the warehouse relies on filled in where it does not set them.</summary>
    public static string WithDefaults(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        // Npgsql's builder reports every keyword it knows as present: the plain builder holds only those given.
        var given = new System.Data.Common.DbConnectionStringBuilder { ConnectionString = connectionString };
        if (!given.ContainsKey("Max Auto Prepare") && !given.ContainsKey("MaxAutoPrepare"))
        {
            builder.MaxAutoPrepare = DefaultMaxAutoPrepare;
        }
        return builder.ConnectionString;
    }

    /// <summary>
    /// Configures <paramref name="builder"/> for PostgreSQL with this assembly's migrations (and <see cref="WithDefaults"/>).
    /// A list a query filters by is sent as one array parameter (<c>= ANY(@ids)</c>), not one parameter per element (EF
    /// Core 10's default): one SQL text per query, generated once by EF Core and prepared once by Npgsql, whatever the
    /// list's length (on SQLite the per-element default cost a twentieth of a department list's CPU).
    /// </summary>
    public static DbContextOptionsBuilder Configure(DbContextOptionsBuilder builder, string connectionString) =>
        builder.UseNpgsql(WithDefaults(connectionString),
            o => o.MigrationsAssembly(typeof(PostgreSqlWarehouse).Assembly.GetName().Name)
                .UseParameterizedCollectionMode(ParameterTranslationMode.Parameter));

    /// <summary>Options for a PostgreSQL connection string.</summary>
    public static DbContextOptions<WarehouseDbContext> Options(string connectionString)
    {
        var builder = new DbContextOptionsBuilder<WarehouseDbContext>();
        Configure(builder, connectionString);
        return builder.Options;
    }
}

/// <summary>
/// Design-time factory used by <c>dotnet ef migrations add</c>; needs no running server
/// (the connection string is only parsed). Override with BUDGETGRAPH_PG.
/// </summary>
public sealed class DesignTimeFactory : IDesignTimeDbContextFactory<WarehouseDbContext>
{
    /// <inheritdoc />
    public WarehouseDbContext CreateDbContext(string[] args) =>
        new(PostgreSqlWarehouse.Options(Environment.GetEnvironmentVariable("BUDGETGRAPH_PG")
            ?? "Host=localhost;Database=budgetgraph;Username=budgetgraph"));
}
