using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace BudgetGraph.Ingest.Tests;

/// <summary>
/// Migrating a warehouse down and up again leaves the schema it had: every table's columns (name, type, nullability)
/// and every index. The SQLite provider rebuilds a table to drop a column, from the model the migration was generated
/// against; a rebuild from a model that lacked columns added by another branch's migration silently dropped them.
/// </summary>
public class MigrationRoundTripTests
{
    [Theory]
    [InlineData("_NarrativeFigures")]
    [InlineData("_MergedProvenanceColumns")]
    [InlineData("_Ingest2TableFigures")]
    [InlineData("_Ingest3NarrativeStatements")]
    public async Task DownThroughAMigrationAndUpAgainKeepsTheSchema(string migration)
    {
        using var warehouse = new TestWarehouse();
        await using var db = warehouse.Create();
        var before = await SchemaAsync(db);
        Assert.Contains(before, c => c.StartsWith("BalanceFacts.SourceFirstLine ", StringComparison.Ordinal));
        var migrations = db.Database.GetMigrations().ToList();
        var target = migrations.Single(m => m.EndsWith(migration, StringComparison.Ordinal));
        var migrator = db.GetService<IMigrator>();
        await migrator.MigrateAsync(migrations[migrations.IndexOf(target) - 1]);
        Assert.DoesNotContain(target, await db.Database.GetAppliedMigrationsAsync());
        await migrator.MigrateAsync();
        Assert.Equal(before, await SchemaAsync(db));
    }

    /// <summary>"Table.Column type null|not null" for every column and "index Name on Table" for every index, sorted.</summary>
    private static async Task<List<string>> SchemaAsync(Microsoft.EntityFrameworkCore.DbContext db)
    {
        var sqlite = db.Database.ProviderName!.Contains("Sqlite", StringComparison.Ordinal);
        var sql = sqlite
            ? """
              SELECT m.name || '.' || p.name || ' ' || p.type || CASE WHEN p."notnull" = 1 THEN ' not null' ELSE ' null' END
              FROM sqlite_master m JOIN pragma_table_info(m.name) p WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%'
              UNION ALL SELECT 'index ' || name || ' on ' || tbl_name FROM sqlite_master WHERE type = 'index' AND name NOT LIKE 'sqlite_%'
              """
            : """
              SELECT table_name || '.' || column_name || ' ' || data_type || CASE WHEN is_nullable = 'NO' THEN ' not null' ELSE ' null' END
              FROM information_schema.columns WHERE table_schema = current_schema()
              UNION ALL SELECT 'index ' || indexname || ' on ' || tablename FROM pg_indexes WHERE schemaname = current_schema()
              """;
        var connection = db.Database.GetDbConnection();
        if (connection.State != System.Data.ConnectionState.Open) await connection.OpenAsync();
        await using DbCommand command = connection.CreateCommand();
        command.CommandText = sql;
        var rows = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync()) rows.Add(reader.GetString(0));
        rows.Sort(StringComparer.Ordinal);
        return rows;
    }
}
