using System.CommandLine;
using BudgetGraph.Ingest.Load;

namespace BudgetGraph.Cli.Commands;

/// <summary><c>budgetgraph import &lt;file&gt;... [--db &lt;path&gt;]</c>: imports documents, each all or nothing.</summary>
internal static class ImportCommand
{
    public static Command Create()
    {
        var files = new Argument<string[]>("file") { Description = "Documents to import: text, or the published PDF (told by its %PDF- header, not its name).", Arity = ArgumentArity.OneOrMore };
        var db = WarehouseOptions.Database();
        var command = new Command("import", "Import published budget documents into the warehouse (one transaction per document).")
        {
            files, db,
        };
        command.SetAction(async (parse, ct) =>
        {
            var path = WarehouseOptions.PathFor(parse.GetValue(db));
            var progress = new Progress(Console.Out);
            return await WarehouseOptions.GuardAsync(path, async () =>
            {
                var contexts = WarehouseOptions.Contexts(path);
                await using (var context = contexts()) await WarehouseOptions.MigrateAsync(context, ct);
                var paths = parse.GetValue(files)!;
                var missing = paths.FirstOrDefault(p => !File.Exists(p));
                if (missing is not null)
                {
                    Console.Error.WriteLine($"{missing}: no such file");
                    return 2;
                }
                var outcomes = await new WarehouseImporter(contexts).ImportEachAsync(paths, progress, stopAtRefusal: false, ct);
                var refused = outcomes.Count(o => o.Refusal is not null);
                foreach (var o in outcomes.Where(o => o.Refusal is not null)) Console.Error.WriteLine($"refused: {o.Refusal!.Message}");
                Console.Out.WriteLine($"{paths.Length - refused} of {paths.Length} imported into {path}");
                return refused == 0 ? 0 : 1;
            }, () => progress.Loading);
        });
        return command;
    }

    /// <summary>Renders import progress, one line per step (synchronously, in order).</summary>
    private sealed class Progress(TextWriter output) : IProgress<ImportProgress>
    {
        /// <summary>The document being loaded, until it is loaded or refused.</summary>
        public string? Loading { get; private set; }

        public void Report(ImportProgress p)
        {
            Loading = p.Step == ImportStep.Loading ? p.FileName : null;
            if (p.Step == ImportStep.Refused) return; // printed by the command with the reason
            output.WriteLine($"[{p.Index}/{p.Count}] {p.FileName}: {p.Step.ToString().ToLowerInvariant()}{(p.Message is null ? "" : " — " + p.Message)}");
        }
    }
}
