using BudgetGraph.Migrations.PostgreSql;
using BudgetGraph.Migrations.Sqlite;
using BudgetGraph.Warehouse;
using BudgetGraph.Warehouse.Configurations;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace BudgetGraph.Warehouse.Tests;

public class ModelTests
{
    [Fact]
    public void SqliteMigrationsCoverTheModel()
    {
        using var db = new WarehouseDbContext(SqliteWarehouse.Options("Data Source=:memory:"));
        Assert.False(db.Database.HasPendingModelChanges(),
            "The model changed: run `dotnet ef migrations add <Name> --project migrations/BudgetGraph.Migrations.Sqlite`.");
    }

    [Fact]
    public void PostgreSqlMigrationsCoverTheModel()
    {
        using var db = new WarehouseDbContext(PostgreSqlWarehouse.Options("Host=localhost;Database=none"));
        Assert.False(db.Database.HasPendingModelChanges(),
            "The model changed: run `dotnet ef migrations add <Name> --project migrations/BudgetGraph.Migrations.PostgreSql`.");
    }

    [Fact]
    public void MigratingAnEmptySqliteDatabaseSeedsStagesAndFundSources()
    {
        using var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        var builder = new DbContextOptionsBuilder<WarehouseDbContext>();
        SqliteWarehouse.Configure(builder, "Data Source=:memory:");
        builder.UseSqlite(connection);
        using var db = new WarehouseDbContext(builder.Options);
        db.Database.Migrate();

        Assert.Equal(["ACTUAL", "ADJUSTED", "INITIAL"], db.Stages.Select(s => s.Code).OrderBy(c => c).ToList());
        Assert.Equal(ReferenceData.FundSources.Count, db.FundSources.Count());
        // The tree: 一般公共预算拨款 sits under 政府预算拨款, under 本年收入, under 收入总计.
        var gpb = db.FundSources.Single(f => f.Code == "gpb");
        Assert.Equal("gov", db.FundSources.Single(f => f.Id == gpb.ParentId).Code);
        Assert.Empty(db.Documents);
    }
}

/// <summary>The PostgreSQL connection defaults.</summary>
public class PostgreSqlDefaultsTests
{
    [Fact]
    public void Statements_are_auto_prepared_unless_the_connection_string_says_otherwise()
    {
        Assert.Equal(PostgreSqlWarehouse.DefaultMaxAutoPrepare,
            new Npgsql.NpgsqlConnectionStringBuilder(PostgreSqlWarehouse.WithDefaults("Host=localhost;Database=x")).MaxAutoPrepare);
        Assert.Equal(0, new Npgsql.NpgsqlConnectionStringBuilder(PostgreSqlWarehouse.WithDefaults("Host=localhost;Database=x;Max Auto Prepare=0")).MaxAutoPrepare);
    }
}
