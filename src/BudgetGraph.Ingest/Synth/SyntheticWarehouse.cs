using System.Data;
using System.Data.Common;
using System.Diagnostics;
using BudgetGraph.Warehouse;
using BudgetGraph.Warehouse.Marts;
using Microsoft.EntityFrameworkCore;

namespace BudgetGraph.Ingest.Synth;

/// <summary>What to synthesize.</summary>
/// <param name="Departments">Number of departments (1 or more).</param>
/// <param name="Years">Number of fiscal years per department, ending with <see cref="LastYear"/>.</param>
/// <param name="Seed">Seed: the same seed gives the same warehouse rows.</param>
/// <param name="LastYear">The last fiscal year.</param>
public sealed record SynthOptions(int Departments, int Years, int Seed = 1, int LastYear = 2024)
{
    /// <summary>The first fiscal year.</summary>
    public int FirstYear => LastYear - Years + 1;
}

/// <summary>What a synthesis wrote.</summary>
public sealed record SynthResult(int Departments, int DepartmentYears, long Rows, TimeSpan Elapsed);

/// <summary>
/// Fills a migrated warehouse (SQLite or PostgreSQL) with synthetic department-years shaped like the real
/// ones: the functional 类/款/项 tree, the economic 类/款 table, 基本支出总表 and 项目支出总表 with every
/// fund-source column, income and balance tables, project categories linked to their 项, line items, 三公,
/// performance targets, profile counts and prior-year statements. Each printed figure is rounded to the
/// published precision independently, as real documents are, which plants rounding residuals that
/// <c>budgetgraph check</c> reports as residuals, never as discrepancies.
/// Synthetic rows are marked: department codes <c>syn00001</c>…, names ending in （合成）, document files
/// <c>synthetic/…</c> and titles ending in （合成数据）.
/// Everything is written in one transaction through batched, prepared ADO.NET inserts with ids assigned here.
/// </summary>
public static class SyntheticWarehouse
{
    /// <summary>The code of synthetic department <paramref name="n"/> (1-based).</summary>
    public static string DepartmentCode(int n) => $"syn{n:D5}";

    /// <summary>Generates into the warehouse the context points at (migrating it first).</summary>
    public static async Task<SynthResult> GenerateAsync(WarehouseDbContext db, SynthOptions options, IProgress<string>? progress = null,
        CancellationToken ct = default)
    {
        if (options.Departments < 1) throw new ArgumentOutOfRangeException(nameof(options), "--departments must be at least 1.");
        if (options.Years < 1) throw new ArgumentOutOfRangeException(nameof(options), "--years must be at least 1.");
        var clock = Stopwatch.StartNew();
        await db.Database.MigrateAsync(ct);
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(ct);
        var sqlite = db.Database.ProviderName?.Contains("Sqlite", StringComparison.Ordinal) == true;
        try
        {
            if (sqlite) Execute(connection, null, "PRAGMA synchronous = OFF; PRAGMA cache_size = -262144;");
            long rows;
            await using (var tx = await connection.BeginTransactionAsync(IsolationLevel.Serializable, ct))
            {
                if (Scalar(connection, tx, $"SELECT COUNT(*) FROM \"Departments\" WHERE \"Code\" = '{DepartmentCode(1)}'") > 0)
                    throw new InvalidOperationException(
                        $"The warehouse already holds synthetic departments ({DepartmentCode(1)}…); synthesize into a new database.");
                // Build the fact tables' non-unique indexes once after the load (a sorted build) rather than row by
                // row; unique indexes stay, they guard the dimensions.
                var indexes = DropFactIndexes(connection, tx, sqlite);
                // PostgreSQL checks each foreign key row by row (a trigger per row and key); re-adding the keys after
                // the load checks them once per table, set-based, in the same transaction (a bad row still fails it).
                if (!sqlite) indexes.AddRange(DropFactForeignKeys(connection, tx));
                var writer = new SynthWriter(connection, tx, options);
                writer.Prepare();
                for (var d = 1; d <= options.Departments; d++)
                {
                    ct.ThrowIfCancellationRequested();
                    writer.Department(d);
                    if (d % 1000 == 0) progress?.Report($"{d} of {options.Departments} departments");
                }
                rows = writer.Finish();
                foreach (var create in indexes) Execute(connection, tx, create);
                // PostgreSQL underestimates the mart statement's steps by orders of magnitude (its choice of schedule is
                // an OR the planner cannot estimate: 93 rows planned for 370,000 at 1,000 departments), so it joins two
                // of them by a nested loop, each row of one against every row of the other: quadratic in the warehouse.
                // 10,000 departments had not finished after 52 minutes. Refreshing everything at once is all hash
                // joins' work; the importer's refresh of one department-year keeps its index lookups.
                if (!sqlite) Execute(connection, tx, "SET LOCAL enable_nestloop = off");
                // Set-based, once, over everything (the fact indexes are back, so the choice reads them).
                Execute(connection, tx, BudgetFigures.RefreshAllSql);
                await tx.CommitAsync(ct);
            }
            // Identity columns were given explicit values: move PostgreSQL's sequences past them.
            if (!sqlite) SynthWriter.ResetSequences(connection);
            Execute(connection, null, "ANALYZE");
            return new SynthResult(options.Departments, options.Departments * options.Years, rows, clock.Elapsed);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>Drops the non-unique indexes of the fact tables; returns the statements that recreate them.</summary>
    private static List<string> DropFactIndexes(DbConnection connection, DbTransaction tx, bool sqlite)
    {
        var creates = new List<string>();
        using (var command = connection.CreateCommand())
        {
            command.Transaction = tx;
            command.CommandText = sqlite
                ? """
                  SELECT "sql" FROM sqlite_master
                  WHERE "type" = 'index' AND "sql" IS NOT NULL AND "tbl_name" LIKE '%Facts' AND "sql" NOT LIKE 'CREATE UNIQUE%'
                  """
                : """
                  SELECT indexdef FROM pg_indexes
                  WHERE schemaname = current_schema() AND tablename LIKE '%Facts' AND indexdef NOT LIKE 'CREATE UNIQUE%'
                  """;
            using var reader = command.ExecuteReader();
            while (reader.Read()) creates.Add(reader.GetString(0));
        }
        foreach (var create in creates)
        {
            // "CREATE INDEX "IX_…" ON …" (both providers print it so): the name is the first quoted identifier.
            var name = create[create.IndexOf('"', StringComparison.Ordinal)..(create.IndexOf('"', create.IndexOf('"', StringComparison.Ordinal) + 1) + 1)];
            Execute(connection, tx, $"DROP INDEX {name}");
        }
        return creates;
    }

    /// <summary>Drops the foreign keys of PostgreSQL's fact tables; returns the statements that add them again.</summary>
    private static List<string> DropFactForeignKeys(DbConnection connection, DbTransaction tx)
    {
        var keys = new List<(string Table, string Name, string Definition)>();
        using (var command = connection.CreateCommand())
        {
            command.Transaction = tx;
            command.CommandText = """
                SELECT c.relname, k.conname, pg_get_constraintdef(k.oid) FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid
                WHERE k.contype = 'f' AND c.relnamespace = current_schema()::regnamespace AND c.relname LIKE '%Facts'
                """;
            using var reader = command.ExecuteReader();
            while (reader.Read()) keys.Add((reader.GetString(0), reader.GetString(1), reader.GetString(2)));
        }
        foreach (var (table, name, _) in keys) Execute(connection, tx, $"ALTER TABLE \"{table}\" DROP CONSTRAINT \"{name}\"");
        return keys.Select(k => $"ALTER TABLE \"{k.Table}\" ADD CONSTRAINT \"{k.Name}\" {k.Definition}").ToList();
    }

    internal static void Execute(DbConnection connection, DbTransaction? tx, string sql)
    {
        using var command = connection.CreateCommand();
        command.Transaction = tx;
        command.CommandText = sql;
        command.CommandTimeout = 0;
        command.ExecuteNonQuery();
    }

    internal static long Scalar(DbConnection connection, DbTransaction? tx, string sql)
    {
        using var command = connection.CreateCommand();
        command.Transaction = tx;
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar() ?? 0L, System.Globalization.CultureInfo.InvariantCulture);
    }
}
