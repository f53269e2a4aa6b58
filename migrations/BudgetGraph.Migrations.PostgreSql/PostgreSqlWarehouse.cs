using BudgetGraph.Warehouse;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace BudgetGraph.Migrations.PostgreSql;

/// <summary>The PostgreSQL (server) provider of the warehouse, with this assembly's migrations.</summary>
public static class PostgreSqlWarehouse
{
    /// <summary>Configures <paramref name="builder"/> for PostgreSQL with this assembly's migrations.</summary>
    public static DbContextOptionsBuilder Configure(DbContextOptionsBuilder builder, string connectionString) =>
        builder.UseNpgsql(connectionString,
            o => o.MigrationsAssembly(typeof(PostgreSqlWarehouse).Assembly.GetName().Name));

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
