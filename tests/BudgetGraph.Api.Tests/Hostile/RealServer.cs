using System.Net.Sockets;
using System.Text;
using BudgetGraph.Api.Tests.Browser;
using BudgetGraph.Api.Tests.Budget;
using BudgetGraph.Api.Tests.Http;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace BudgetGraph.Api.Tests.Hostile;

/// <summary>
/// The API as deployed — Program on Kestrel at a loopback port, the budget schema over a real warehouse (TestDatabase:
/// SQLite, or PostgreSQL with BUDGETGRAPH_TEST_POSTGRES) filled by the start-up import of data/sources, default limits,
/// Production — so that what sockets, Kestrel and the database do is what is tested. Shared by the "Real server" collection.
/// </summary>
public sealed class RealServer : IAsyncLifetime
{
    private readonly TestDatabase _database = TestDatabase.Create("real-server");
    private Factory? _factory;

    /// <summary>Where the server answers.</summary>
    public Uri BaseAddress => _factory!.BaseAddress;

    /// <summary>The server's services (its HotChocolate executor, for the served SDL).</summary>
    public IServiceProvider Services => _factory!.Services;

    /// <summary>The server's log.</summary>
    public LogCollector Logs { get; } = new();

    /// <summary>The database's provider (<c>Sqlite</c> or <c>PostgreSql</c>).</summary>
    public string Provider => _database.Provider;

    /// <summary>A client of the server.</summary>
    public HttpClient CreateClient() => new() { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(60) };

    /// <inheritdoc />
    public Task InitializeAsync()
    {
        _factory = new Factory(_database.Settings, Logs);
        _ = _factory.BaseAddress; // starts the server, and so the import
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public async Task DisposeAsync()
    {
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }
        await _database.DisposeAsync();
    }

    private sealed class Factory(IReadOnlyDictionary<string, string> settings, LogCollector logs) : LoopbackApiFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseEnvironment("Production");
            foreach (var (key, value) in settings)
            {
                builder.UseSetting(key, value);
            }
            builder.UseSetting("Logging:LogLevel:Microsoft.EntityFrameworkCore", "Warning");
            // The corpus sends more requests than a client may per minute; rate limiting has tests of its own.
            builder.UseSetting("RateLimiting:Enabled", "false");
            builder.ConfigureTestServices(services => services.AddSingleton<ILoggerProvider>(logs));
        }
    }
}

/// <summary>The tests sharing one <see cref="RealServer"/>.</summary>
[CollectionDefinition(Name)]
public sealed class RealServerCollection : ICollectionFixture<RealServer>
{
    /// <summary>The collection's name.</summary>
    public const string Name = "Real server";
}

/// <summary>An HTTP/1.1 answer read off a socket: status, headers (names lower-cased), body.</summary>
public sealed record RawAnswer(int Status, IReadOnlyDictionary<string, string> Headers, string Body);

/// <summary>Sends bytes a client library would refuse to send (bad chunk sizes, …) over a plain socket.</summary>
public static class RawHttp
{
    /// <summary>
    /// Sends a request head (<c>Host</c> and <c>Connection: close</c> are added) and body, then reads the answer to the
    /// end. A server that stops reading early may reset the connection while the body is still being sent: the answer
    /// written before that is read all the same.
    /// </summary>
    public static async Task<RawAnswer> SendAsync(Uri server, string requestLine, IEnumerable<string> headers, byte[] body)
    {
        using var socket = new TcpClient();
        await socket.ConnectAsync(server.Host, server.Port);
        var stream = socket.GetStream();
        var head = new StringBuilder(requestLine + "\r\n").Append($"Host: {server.Host}:{server.Port}\r\nConnection: close\r\n");
        foreach (var header in headers)
        {
            head.Append(header).Append("\r\n");
        }
        head.Append("\r\n");
        try
        {
            await stream.WriteAsync(Encoding.ASCII.GetBytes(head.ToString()));
            await stream.WriteAsync(body);
        }
        catch (IOException)
        {
            // The server answered and closed before taking the whole body; its answer is still to be read.
        }

        using var received = new MemoryStream();
        var buffer = new byte[65536];
        try
        {
            int read;
            while ((read = await stream.ReadAsync(buffer)) > 0)
            {
                received.Write(buffer, 0, read);
            }
        }
        catch (IOException) when (received.Length > 0)
        {
            // A reset after the answer.
        }

        var text = Encoding.UTF8.GetString(received.ToArray());
        var end = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        Assert.True(end > 0, "No HTTP answer: " + text);
        var lines = text[..end].Split("\r\n");
        var status = int.Parse(lines[0].Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture);
        var parsed = lines.Skip(1).Select(l => l.Split(':', 2)).ToDictionary(p => p[0].Trim().ToLowerInvariant(), p => p[1].Trim());
        return new RawAnswer(status, parsed, text[(end + 4)..]);
    }

    /// <summary>POSTs a chunked body to /graphql: the chunks are written as given (size lines included).</summary>
    public static Task<RawAnswer> PostChunkedAsync(Uri server, string chunks) => SendAsync(server, "POST /graphql HTTP/1.1",
        ["Content-Type: application/json", "Accept: application/graphql-response+json", "Transfer-Encoding: chunked"], Encoding.UTF8.GetBytes(chunks));
}
