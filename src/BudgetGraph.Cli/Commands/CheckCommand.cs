using System.CommandLine;
using System.Globalization;
using BudgetGraph.Ingest.Check;
using BudgetGraph.Ingest.Load;

namespace BudgetGraph.Cli.Commands;

/// <summary><c>budgetgraph check [--db &lt;path&gt;] [--json]</c>: reconciles every department-year.</summary>
internal static class CheckCommand
{
    public static Command Create()
    {
        var db = WarehouseOptions.Database();
        var json = new Option<bool>("--json") { Description = "Print a JSON array, one object per department-year." };
        var command = new Command("check", "Check the warehouse file (SQLite's integrity_check) and reconcile its figures; exit code 1 when a discrepancy is found, 3 when the file is damaged. Statements of one document that give one figure differently are reported as conflicts (both kept) and leave the exit code alone.") { db, json };
        command.SetAction(async (parse, ct) =>
        {
            var path = WarehouseOptions.PathFor(parse.GetValue(db));
            if (!File.Exists(path))
            {
                Console.Error.WriteLine($"{path}: no warehouse (import documents first)");
                return 2;
            }
            return await WarehouseOptions.GuardAsync(path, async () =>
            {
                await using var context = WarehouseOptions.Contexts(path)();
                // First the file itself: reconciling a damaged file would report figures it cannot be trusted for.
                var problems = await WarehouseIntegrity.SqliteProblemsAsync(context, thorough: true, ct);
                if (problems.Count > 0)
                {
                    Console.Error.WriteLine("budgetgraph: " + WarehouseIntegrity.Describe(path, problems));
                    return WarehouseOptions.Unusable;
                }
                await WarehouseOptions.MigrateAsync(context, ct);
                var reports = await new Reconciler(context).RunAsync(ct: ct);
                if (parse.GetValue(json)) Console.Out.WriteLine(CheckReport.ToJson(reports));
                else Print(reports, Console.Out);
                return reports.Any(r => r.Discrepancies.Count > 0) ? 1 : 0;
            });
        });
        return command;
    }

    private static void Print(IReadOnlyList<CheckReport> reports, TextWriter output)
    {
        foreach (var r in reports)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{r.Department} ({r.DepartmentCode}) {r.Year}: total {r.TotalExpenditure} 万元, {r.Discrepancies.Count} discrepancies, {r.RoundingResiduals.Count} rounding residuals, {r.Conflicts.Count} statement conflicts"));
            foreach (var (kind, e) in r.Discrepancies.Select(e => ("DISCREPANCY", e)).Concat(r.RoundingResiduals.Select(e => ("residual", e))))
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"  {kind} {e.Rule}: {e.Table} {e.Subject} = {e.PublishedAmount} but {string.Join(" + ", e.Items)} = {e.ComputedAmount} (difference {e.Difference}, tolerance {e.Tolerance}, line {e.Line})"));
            foreach (var c in r.Conflicts)
                output.WriteLine("  CONFLICT " + c.Describe());
        }
    }
}
