using BudgetGraph.Warehouse;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace BudgetGraph.Migrations.SqlServer;

/// <summary>
/// The SQL Server provider of the warehouse, with this assembly's migrations. Untested against a live server (none can
/// be installed where the tests run): the model, the migration script (script.sql, a reviewed snapshot) and the
/// warehouse's raw SQL for SQL Server are tested as text (tests/BudgetGraph.Warehouse.Tests/SqlServerTests.cs).
/// </summary>
public static class SqlServerWarehouse
{
    /// <summary>Configures <paramref name="builder"/> for SQL Server with this assembly's migrations.</summary>
    public static DbContextOptionsBuilder Configure(DbContextOptionsBuilder builder, string connectionString) =>
        builder.UseSqlServer(connectionString,
            o => o.MigrationsAssembly(typeof(SqlServerWarehouse).Assembly.GetName().Name));

    /// <summary>Options for a SQL Server connection string.</summary>
    public static DbContextOptions<WarehouseDbContext> Options(string connectionString)
    {
        var builder = new DbContextOptionsBuilder<WarehouseDbContext>();
        Configure(builder, connectionString);
        return builder.Options;
    }
}

/// <summary>
/// Design-time factory used by <c>dotnet ef migrations add</c> and <c>dotnet ef migrations script</c>; needs no running
/// server (the connection string is only parsed). Override with BUDGETGRAPH_SQLSERVER.
/// </summary>
public sealed class DesignTimeFactory : IDesignTimeDbContextFactory<WarehouseDbContext>
{
    /// <inheritdoc />
    public WarehouseDbContext CreateDbContext(string[] args) =>
        new(SqlServerWarehouse.Options(Environment.GetEnvironmentVariable("BUDGETGRAPH_SQLSERVER")
            ?? "Server=localhost;Database=budgetgraph;Integrated Security=true;TrustServerCertificate=true"));
}
