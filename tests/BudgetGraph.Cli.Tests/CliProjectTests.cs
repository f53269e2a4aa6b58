using System.Reflection;
using System.Xml.Linq;

namespace BudgetGraph.Cli.Tests;

/// <summary>
/// The CLI runs queries on the HotChocolate executor of src/BudgetGraph.Schema and must build without npm: neither it nor
/// any project it references (transitively) may be the web host (BudgetGraph.Api builds the front-ends with npm). The old
/// home-made engine (BudgetGraph.GraphQL) is deleted: no project and no assembly of that name exists.
/// </summary>
public sealed class CliProjectTests
{
    private const string OldEngine = "BudgetGraph.GraphQL";

    private static readonly string[] Forbidden = ["BudgetGraph.Api", OldEngine, "BudgetGraph.Playground", "BudgetGraph.Explorer"];

    /// <summary>Every project the given one references, itself included, by full path.</summary>
    private static HashSet<string> Closure(string project)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>([Path.GetFullPath(project)]);
        while (pending.TryPop(out var current))
        {
            if (!seen.Add(current))
            {
                continue;
            }
            foreach (var reference in XDocument.Load(current).Descendants("ProjectReference"))
            {
                var include = reference.Attribute("Include")!.Value.Replace('\\', Path.DirectorySeparatorChar);
                pending.Push(Path.GetFullPath(Path.Combine(Path.GetDirectoryName(current)!, include)));
            }
        }
        return seen;
    }

    [Fact]
    public void The_cli_references_neither_the_web_host_nor_the_old_engine()
    {
        var closure = Closure(Path.Combine(QueryCommandTests.RepositoryRoot, "src", "BudgetGraph.Cli", "BudgetGraph.Cli.csproj"));
        Assert.Contains(closure, p => Path.GetFileNameWithoutExtension(p) == "BudgetGraph.Schema");
        Assert.DoesNotContain(closure, p => Forbidden.Contains(Path.GetFileNameWithoutExtension(p)));

        var assembly = AssemblyName.GetAssemblyName(Path.Combine(AppContext.BaseDirectory, "budgetgraph.dll"));
        var referenced = Assembly.LoadFrom(Path.Combine(AppContext.BaseDirectory, "budgetgraph.dll")).GetReferencedAssemblies().Select(a => a.Name).ToList();
        Assert.Equal("budgetgraph", assembly.Name);
        Assert.Contains("BudgetGraph.Schema", referenced);
        Assert.DoesNotContain(referenced, name => Forbidden.Contains(name));
    }

    [Fact]
    public void The_old_engine_exists_nowhere()
    {
        var root = QueryCommandTests.RepositoryRoot;
        Assert.Empty(Directory.GetFiles(root, OldEngine + ".csproj", SearchOption.AllDirectories));
        Assert.DoesNotContain(OldEngine, File.ReadAllText(Path.Combine(root, "BudgetGraph.sln")), StringComparison.Ordinal);
        // The dependency manifest is written by every build (a stale DLL in bin/ would prove nothing).
        var deps = Directory.GetFiles(AppContext.BaseDirectory, "*.deps.json");
        Assert.NotEmpty(deps);
        Assert.All(deps, file => Assert.DoesNotContain(OldEngine, File.ReadAllText(file), StringComparison.Ordinal));
    }
}
