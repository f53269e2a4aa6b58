using System.CommandLine;

namespace BudgetGraph.Cli.Commands;

/// <summary>Every top-level command of <c>budgetgraph</c>. Add a group here when it is written.</summary>
internal static class CommandCatalog
{
    public static IEnumerable<Command> All()
    {
        yield return VersionCommand.Create();
        yield return ImportCommand.Create();
        yield return CheckCommand.Create();
        yield return SynthCommand.Create();
        yield return QueryCommand.Create();
        yield return SchemaCommand.Create();
    }
}
