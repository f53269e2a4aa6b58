using System.Collections.Concurrent;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using BudgetGraph.Api.Http;
using BudgetGraph.GraphSchema;
using HotChocolate.Execution.Configuration;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace BudgetGraph.Api.Tests.Http;

/// <summary>
/// The API in memory with test settings (configuration keys as in appsettings.json), serving the placeholder schema
/// (<see cref="HotChocolateTestSchema"/>; these tests are about HTTP, not about the budget schema) with the probes of
/// the given <see cref="TestSchema"/>, in Development unless told otherwise, with the server log collected in
/// <see cref="Logs"/>.
/// </summary>
public sealed class GraphQLApiFactory : WebApplicationFactory<Program>
{
    private readonly IReadOnlyDictionary<string, string?> _settings;
    private readonly TestSchema? _schema;
    private readonly string _environment;

    /// <summary>Creates the factory.</summary>
    public GraphQLApiFactory(IReadOnlyDictionary<string, string?>? settings = null, TestSchema? schema = null, string environment = "Development")
    {
        _settings = settings ?? new Dictionary<string, string?>();
        _schema = schema;
        _environment = environment;
    }

    /// <summary>Every entry the server logged, in order.</summary>
    public LogCollector Logs { get; } = new();

    /// <inheritdoc />
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(_environment);
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(services =>
        {
            // HotChocolate's schema is configured through named options: drop the budget schema's, serve the
            // placeholder (and the probes of a TestSchema).
            services.RemoveAll<IConfigureOptions<RequestExecutorSetup>>();
            var configuration = new ConfigurationBuilder().AddInMemoryCollection(_settings).Build();
            services.AddHotChocolateHttp(configuration)
                .AddPlaceholderTypes(_schema)
                .AddBudgetExecution(HotChocolateHttp.LimitsOf(configuration));

            services.AddSingleton<ILoggerProvider>(Logs);
        });
    }
}

/// <summary>One log entry: category, level, event name, message, structured values, exception.</summary>
public sealed record LogEntry(string Category, LogLevel Level, string? EventName, string Message,
    IReadOnlyDictionary<string, object?> Values, Exception? Exception);

/// <summary>Collects log entries of every category.</summary>
public sealed class LogCollector : ILoggerProvider
{
    private readonly ConcurrentQueue<LogEntry> _entries = new();

    /// <summary>The entries so far.</summary>
    public IReadOnlyList<LogEntry> Entries => _entries.ToArray();

    /// <inheritdoc />
    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, _entries);

    /// <inheritdoc />
    public void Dispose()
    {
    }

    private sealed class Logger(string category, ConcurrentQueue<LogEntry> entries) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var values = state is IEnumerable<KeyValuePair<string, object?>> pairs
                ? pairs.ToDictionary(p => p.Key, p => p.Value)
                : new Dictionary<string, object?>();
            entries.Enqueue(new LogEntry(category, logLevel, eventId.Name, formatter(state, exception), values, exception));
        }
    }
}
