using System.CommandLine;
using BudgetGraph.Cli.Commands;

// `budgetgraph`: the local tool. Each command group lives in Commands/, one file per group.
var root = new RootCommand("BudgetGraph: import, check, export and query published department budgets.");
foreach (var command in CommandCatalog.All())
{
    root.Subcommands.Add(command);
}

return await root.Parse(args).InvokeAsync();
