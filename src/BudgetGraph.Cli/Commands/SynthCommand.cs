using System.CommandLine;
using System.Globalization;
using BudgetGraph.Ingest.Synth;
using BudgetGraph.Migrations.PostgreSql;
using BudgetGraph.Warehouse;

namespace BudgetGraph.Cli.Commands;

/// <summary>
/// <c>budgetgraph synth --departments N --years Y [--seed S] [--db &lt;path&gt; | --postgres &lt;connection string&gt;]</c>:
/// fills a warehouse with synthetic department-years for benchmarks (see <see cref="SyntheticWarehouse"/>).
/// </summary>
internal static class SynthCommand
{
    public static Command Create()
    {
        var departments = new Option<int>("--departments") { Description = "Number of synthetic departments.", Required = true };
        var years = new Option<int>("--years") { Description = "Fiscal years per department (ending with 2024).", Required = true };
        var seed = new Option<int>("--seed") { Description = "Seed: the same seed writes the same rows.", DefaultValueFactory = _ => 1 };
        var db = WarehouseOptions.Database();
        var postgres = new Option<string?>("--postgres") { Description = "Write to this PostgreSQL database (connection string) instead of SQLite." };
        var command = new Command("synth", "Generate synthetic department-years shaped like the real ones (for benchmarks).")
        {
            departments, years, seed, db, postgres,
        };
        command.SetAction(async (parse, ct) =>
        {
            var options = new SynthOptions(parse.GetValue(departments), parse.GetValue(years), parse.GetValue(seed));
            if (options.Departments < 1 || options.Years < 1)
            {
                Console.Error.WriteLine("--departments and --years must be at least 1");
                return 2;
            }
            var connection = parse.GetValue(postgres);
            var target = connection ?? WarehouseOptions.PathFor(parse.GetValue(db));
            await using var context = connection is null
                ? WarehouseOptions.Contexts(target)()
                : new WarehouseDbContext(PostgreSqlWarehouse.Options(connection));
            try
            {
                var result = await SyntheticWarehouse.GenerateAsync(context, options, new Progress<string>(Console.Out.WriteLine), ct);
                Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{result.Departments} departments, {result.DepartmentYears} department-years, {result.Rows} rows in {result.Elapsed.TotalSeconds:F1} s ({result.Rows / Math.Max(result.Elapsed.TotalSeconds, 0.001):F0} rows/s) into {(connection is null ? target : "PostgreSQL")}"));
                return 0;
            }
            catch (InvalidOperationException e)
            {
                Console.Error.WriteLine(e.Message);
                return 1;
            }
        });
        return command;
    }
}
