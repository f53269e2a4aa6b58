using BudgetGraph.Warehouse;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace BudgetGraph.Migrations.Sqlite;

/// <summary>The SQLite (embedded default) provider of the warehouse, with this assembly's migrations.</summary>
public static class SqliteWarehouse
{
    /// <summary>
    /// Configures <paramref name="builder"/> for SQLite with this assembly's migrations. A list a query filters by
    /// (<c>ids.Contains(x)</c>) is sent as one parameter (<c>json_each</c>), not EF Core 10's default of one parameter per
    /// element: that default makes the SQL depend on the values, so EF Core generates it anew on every execution (measured:
    /// a twentieth of a department list's CPU); with one parameter each query's SQL is generated once and cached.
    /// </summary>
    public static DbContextOptionsBuilder Configure(DbContextOptionsBuilder builder, string connectionString) =>
        builder.UseSqlite(connectionString,
            o => o.MigrationsAssembly(typeof(SqliteWarehouse).Assembly.GetName().Name)
                .UseParameterizedCollectionMode(ParameterTranslationMode.Parameter));

    /// <summary>Options for a SQLite file (or any SQLite connection string).</summary>
    public static DbContextOptions<WarehouseDbContext> Options(string connectionString)
    {
        var builder = new DbContextOptionsBuilder<WarehouseDbContext>();
        Configure(builder, connectionString);
        return builder.Options;
    }

    /// <summary>The connection string for a database file path.</summary>
    public static string ConnectionStringFor(string path) => $"Data Source={path}";
}

/// <summary>Design-time factory used by <c>dotnet ef migrations add</c>.</summary>
public sealed class DesignTimeFactory : IDesignTimeDbContextFactory<WarehouseDbContext>
{
    /// <inheritdoc />
    public WarehouseDbContext CreateDbContext(string[] args) =>
        new(SqliteWarehouse.Options("Data Source=design-time.db"));
}
