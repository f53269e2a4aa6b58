using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using BudgetGraph.Api.Tests.Budget;
using BudgetGraph.Ingest.Load;
using BudgetGraph.Migrations.Sqlite;
using BudgetGraph.Warehouse;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace BudgetGraph.Api.Tests.Reliability;

/// <summary>One log entry as the server wrote it.</summary>
public sealed record LogEntry(string Category, LogLevel Level, EventId EventId, string Message, Exception? Exception);

/// <summary>
/// A logger provider that keeps every entry the host's filters let through (the configuration's
/// <c>Logging:LogLevel</c> rules apply to it as to the console), so tests see what an operator would read.
/// </summary>
public sealed class CapturedLogs : ILoggerProvider
{
    private readonly ConcurrentQueue<LogEntry> _entries = new();

    /// <summary>Called with each entry as it is written (e.g. to act when a start logs a failed attempt).</summary>
    public Action<LogEntry>? OnEntry { get; set; }

    /// <summary>The entries so far.</summary>
    public IReadOnlyList<LogEntry> Entries => [.. _entries];

    /// <summary>Forgets the entries so far.</summary>
    public void Clear() => _entries.Clear();

    /// <inheritdoc />
    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    /// <inheritdoc />
    public void Dispose()
    {
    }

    private sealed class Logger(CapturedLogs owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var entry = new LogEntry(category, logLevel, eventId, formatter(state, exception), exception);
            owner._entries.Enqueue(entry);
            owner.OnEntry?.Invoke(entry);
        }
    }
}

/// <summary>SQLite warehouses for the fault tests: every source imported once per run, copied per test.</summary>
public static class TemplateWarehouse
{
    private static readonly Lazy<Task<string>> Template = new(CreateAsync);

    private static async Task<string> CreateAsync()
    {
        var path = Path.Combine(Path.GetTempPath(), $"budgetgraph-reliability-template-{Guid.NewGuid():N}.db");
        AppDomain.CurrentDomain.ProcessExit += (_, _) => File.Delete(path);
        var options = SqliteWarehouse.Options(SqliteWarehouse.ConnectionStringFor(path) + ";Pooling=False");
        await WarehouseBootstrap.EnsureAsync(() => new WarehouseDbContext(options), WarehouseFixture.SourcesDirectory);
        return path;
    }

    /// <summary>A copy of the imported warehouse in <paramref name="directory"/> (its path).</summary>
    public static async Task<string> CopyAsync(string directory, string name = "budget.db")
    {
        var path = Path.Combine(directory, name);
        File.Copy(await Template.Value, path);
        return path;
    }

    /// <summary>Runs one SQL statement on a SQLite file (outside any pool, so nothing stays open).</summary>
    public static async Task<object?> ScalarAsync(string path, string sql)
    {
        await using var connection = new SqliteConnection(SqliteWarehouse.ConnectionStringFor(path) + ";Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync();
    }

    /// <summary>
    /// Overwrites one 4 KB page of the file, the root page of the functional expenditures' table, with bytes that are no
    /// b-tree page, as a failing disk or a stray write would.
    /// </summary>
    public static async Task CorruptAsync(string path)
    {
        var page = Convert.ToInt64(await ScalarAsync(path, "SELECT rootpage FROM sqlite_master WHERE name = 'FunctionalExpenditureFacts'"));
        Assert.Equal(4096L, Convert.ToInt64(await ScalarAsync(path, "PRAGMA page_size")));
        await using var file = new FileStream(path, FileMode.Open, FileAccess.Write);
        file.Seek((page - 1) * 4096, SeekOrigin.Begin);
        var garbage = new byte[4096];
        new Random(14).NextBytes(garbage);
        await file.WriteAsync(garbage);
    }
}

/// <summary>A WebApplicationFactory over the given settings, its logs captured, in the given environment.</summary>
public static class ReliabilityHost
{
    /// <summary>Creates the factory (not yet started).</summary>
    public static WebApplicationFactory<Program> Create(IReadOnlyDictionary<string, string> settings, CapturedLogs logs,
        string environment = "Development", Action<IServiceCollection>? services = null) =>
        new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
        {
            b.UseEnvironment(environment);
            b.UseSetting("Warehouse:ImportSources", "false");
            b.UseSetting("Cache:Enabled", "false");
            foreach (var (key, value) in settings)
            {
                b.UseSetting(key, value);
            }
            b.ConfigureLogging(l => l.AddProvider(logs));
            if (services is not null)
            {
                b.ConfigureServices(services);
            }
        });

    /// <summary>Starts the host, failing the test (instead of hanging it) when the start takes longer than <paramref name="limit"/>.</summary>
    public static async Task StartAsync(WebApplicationFactory<Program> factory, TimeSpan? limit = null)
    {
        var start = Task.Run(() => factory.Services);
        var finished = await Task.WhenAny(start, Task.Delay(limit ?? TimeSpan.FromSeconds(60)));
        Assert.True(finished == start, $"The server did not start within {(limit ?? TimeSpan.FromSeconds(60)).TotalSeconds} s: it hangs.");
        await start;
    }

    /// <summary>
    /// Starts a host that must fail to start; returns what the operator reads: the one critical line Program.cs writes
    /// (after "The server did not start: "). Nothing else is logged at Error or above, and no entry carries a stack trace.
    /// </summary>
    public static async Task<string> FailedStartAsync(WebApplicationFactory<Program> factory, CapturedLogs logs)
    {
        await Assert.ThrowsAnyAsync<Exception>(() => StartAsync(factory));
        var failure = Assert.Single(logs.Entries, e => e.Level >= LogLevel.Error);
        Assert.Equal(LogLevel.Critical, failure.Level);
        Assert.Null(failure.Exception);
        const string prefix = "The server did not start: ";
        Assert.StartsWith(prefix, failure.Message, StringComparison.Ordinal);
        return failure.Message[prefix.Length..];
    }
}

/// <summary>
/// A TCP forwarder on a loopback port to a database server: the API connects through it, and the test takes the database
/// away (closes the port and cuts every forwarded connection, as a server crash or a network partition would) and brings
/// it back. The database, the driver and their errors are real.
/// </summary>
public sealed class LoopbackProxy : IAsyncDisposable
{
    private readonly IPEndPoint _target;
    private readonly ConcurrentDictionary<TcpClient, byte> _connections = new();
    private TcpListener? _listener;

    /// <summary>A proxy to <paramref name="host"/>:<paramref name="port"/>, not yet listening, on a port free now.</summary>
    public LoopbackProxy(string host, int port)
    {
        _target = new IPEndPoint(Dns.GetHostAddresses(host).First(a => a.AddressFamily == AddressFamily.InterNetwork), port);
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        Port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
    }

    /// <summary>The loopback port clients connect to.</summary>
    public int Port { get; }

    /// <summary>Starts accepting and forwarding connections.</summary>
    public void Open()
    {
        _listener = new TcpListener(IPAddress.Loopback, Port);
        _listener.Server.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseAddress, true);
        _listener.Start();
        var listener = _listener;
        _ = Task.Run(async () =>
        {
            while (true)
            {
                TcpClient client;
                try
                {
                    client = await listener.AcceptTcpClientAsync();
                }
                catch (Exception e) when (e is SocketException or ObjectDisposedException)
                {
                    return;
                }
                _ = ForwardAsync(client);
            }
        });
    }

    /// <summary>Stops listening (connections are refused) and cuts every forwarded connection.</summary>
    public void Close()
    {
        _listener?.Stop();
        _listener = null;
        foreach (var connection in _connections.Keys)
        {
            connection.Close();
            _connections.TryRemove(connection, out _);
        }
    }

    private async Task ForwardAsync(TcpClient client)
    {
        var server = new TcpClient();
        _connections[client] = 0;
        _connections[server] = 0;
        try
        {
            await server.ConnectAsync(_target);
            var a = client.GetStream();
            var b = server.GetStream();
            await Task.WhenAny(a.CopyToAsync(b), b.CopyToAsync(a));
        }
        catch (Exception e) when (e is IOException or SocketException or ObjectDisposedException or InvalidOperationException)
        {
            // Cut by Close, or by either side.
        }
        finally
        {
            client.Close();
            server.Close();
            _connections.TryRemove(client, out _);
            _connections.TryRemove(server, out _);
        }
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync()
    {
        Close();
        return ValueTask.CompletedTask;
    }
}

/// <summary>The API as a process of its own (for what only a process shows: its exit code and its console).</summary>
public static class ApiProcess
{
    /// <summary>The API's entry assembly, next to the tests'.</summary>
    public static string Dll => Path.Combine(AppContext.BaseDirectory, "BudgetGraph.Api.dll");

    /// <summary>
    /// Runs the API with <paramref name="args"/> in Production until it exits or <paramref name="limit"/> passes (then it is
    /// killed and the test fails); returns the exit code and everything it wrote.
    /// </summary>
    public static async Task<(int Exit, string Output)> RunToExitAsync(TimeSpan limit, params string[] args)
    {
        using var process = Start(null, args);
        var output = ReadAllAsync(process);
        using var timeout = new CancellationTokenSource(limit);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"The API did not exit within {limit.TotalSeconds} s; it wrote:\n{await output}");
        }
        return (process.ExitCode, await output);
    }

    /// <summary>Starts the API (through <paramref name="wrapper"/>, a command that runs its arguments, when given).</summary>
    public static Process Start(string[]? wrapper, params string[] args)
    {
        var start = new ProcessStartInfo(wrapper?[0] ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        foreach (var a in (wrapper ?? []).Skip(1).Concat(wrapper is null ? [] : ["dotnet"]).Concat([Dll, .. args]))
        {
            start.ArgumentList.Add(a);
        }
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["DOTNET_ENVIRONMENT"] = "Production";
        start.Environment["Logging__Console__FormatterName"] = "simple";
        return Process.Start(start)!;
    }

    private static async Task<string> ReadAllAsync(Process process)
    {
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        return await output + await error;
    }
}
