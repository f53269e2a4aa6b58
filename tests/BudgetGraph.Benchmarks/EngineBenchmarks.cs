using BenchmarkDotNet.Attributes;
using BudgetGraph.GraphQL.Execution;
using BudgetGraph.GraphQL.Language;

namespace BudgetGraph.Benchmarks;

/// <summary>BenchmarkDotNet: parse, validate, execute and the whole pipeline for each fixture document.</summary>
[MemoryDiagnoser]
public class EngineBenchmarks
{
    private EngineFixture _fixture = null!;
    private DocumentNode _document = null!;

    /// <summary>The fixture document.</summary>
    [Params("small", "list", "introspection")]
    public string Document { get; set; } = "small";

    /// <summary>Loads the fixtures and warms the executor's cache.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _fixture = new EngineFixture();
        _document = _fixture.Parse(Document);
        if (_fixture.Validate(_document) != 0) throw new InvalidOperationException($"{Document}: the fixture does not validate.");
        _fixture.ExecuteAsync(Document).GetAwaiter().GetResult();
    }

    /// <summary>Parse only.</summary>
    [Benchmark]
    public DocumentNode Parse() => _fixture.Parse(Document);

    /// <summary>Validate only.</summary>
    [Benchmark]
    public int Validate() => _fixture.Validate(_document);

    /// <summary>Execute only (parse and validation cached).</summary>
    [Benchmark]
    public Task<ExecutionResult> Execute() => _fixture.ExecuteAsync(Document);

    /// <summary>Parse, validate and execute.</summary>
    [Benchmark(Baseline = true)]
    public Task<ExecutionResult> Full() => _fixture.FullAsync(Document);
}
