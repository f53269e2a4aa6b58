using BenchmarkDotNet.Running;
using BudgetGraph.Benchmarks;

// budgetgraph benchmarks:
//   engine [--quick] [--seconds S]   HotChocolate on the fixture documents (BenchmarkDotNet, or the quick loop printing JSON)
//   sql --provider P --connection C --query Q [--seconds S]   the hand-written SQL floor of an API query (see SqlFloor)
//   bdn ...                           BenchmarkDotNet's own command line (filters, jobs)
var command = args.FirstOrDefault() ?? "engine";
double Seconds(double fallback)
{
    var i = Array.IndexOf(args, "--seconds");
    return i >= 0 && i + 1 < args.Length ? double.Parse(args[i + 1], System.Globalization.CultureInfo.InvariantCulture) : fallback;
}
switch (command)
{
    case "engine" when args.Contains("--quick"):
        return await QuickEngine.RunAsync(Seconds(1.0), Console.Out);
    case "engine":
        BenchmarkRunner.Run<EngineBenchmarks>();
        return 0;
    case "sql":
        string Arg(string name, string fallback)
        {
            var i = Array.IndexOf(args, name);
            return i >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
        }
        return await SqlFloor.RunAsync(Arg("--provider", "Sqlite"), Arg("--connection", "Data Source=data/budget.db"), Arg("--query", "compare"),
            int.Parse(Arg("--year", "2024"), System.Globalization.CultureInfo.InvariantCulture),
            Arg("--codes", "").Split(',', StringSplitOptions.RemoveEmptyEntries), Arg("--name-contains", "大数据"), Seconds(3.0), Console.Out);
    case "profile":
        // A plain loop over one document's execution, for a profiler to attach to: profile <document> [--seconds S].
        var fixture = await EngineFixture.CreateAsync();
        var name = args.Length > 1 ? args[1] : "list";
        var until = DateTime.UtcNow.AddSeconds(Seconds(20));
        var runs = 0;
        while (DateTime.UtcNow < until)
        {
            await using (await fixture.ExecuteAsync(name))
            {
                runs++;
            }
        }
        Console.WriteLine($"{runs} executions of {name}");
        return 0;
    case "bdn":
        BenchmarkSwitcher.FromAssembly(typeof(EngineBenchmarks).Assembly).Run(args[1..]);
        return 0;
    default:
        Console.Error.WriteLine($"unknown command '{command}': expected engine [--quick], sql or bdn");
        return 2;
}
