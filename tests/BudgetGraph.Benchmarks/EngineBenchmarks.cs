using BenchmarkDotNet.Attributes;
using HotChocolate.Language;

namespace BudgetGraph.Benchmarks;

/// <summary>BenchmarkDotNet: parse, validate, execute and the whole pipeline for each fixture document, on HotChocolate.</summary>
[MemoryDiagnoser]
public class EngineBenchmarks
{
    private EngineFixture _fixture = null!;
    private DocumentNode _document = null!;

    /// <summary>The fixture document.</summary>
    [Params("small", "list", "introspection")]
    public string Document { get; set; } = "small";

    /// <summary>Loads the fixtures and warms the executor's caches.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _fixture = EngineFixture.CreateAsync().GetAwaiter().GetResult();
        _document = _fixture.Parse(Document);
        if (_fixture.Validate(_document) != 0) throw new InvalidOperationException($"{Document}: the fixture does not validate.");
        Execute().GetAwaiter().GetResult();
    }

    /// <summary>Parse only.</summary>
    [Benchmark]
    public DocumentNode Parse() => _fixture.Parse(Document);

    /// <summary>Validate only.</summary>
    [Benchmark]
    public int Validate() => _fixture.Validate(_document);

    /// <summary>Execute only (parse, validation and operation cached); the pooled result is returned to its pool.</summary>
    [Benchmark]
    public async Task Execute()
    {
        await using var result = await _fixture.ExecuteAsync(Document);
    }

    /// <summary>Parse, validate and execute.</summary>
    [Benchmark(Baseline = true)]
    public async Task Full()
    {
        await using var result = await _fixture.FullAsync(Document);
    }
}
