using System.Text.RegularExpressions;
using BudgetGraph.Api.Tests.Budget;
using BudgetGraph.Api.Tests.Reliability;
using BudgetGraph.Warehouse;
using BudgetGraph.Warehouse.Facts;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace BudgetGraph.Api.Tests.Warehouse;

/// <summary>What a first start prints at the default level: one line per phase, one per document, no SQL.</summary>
public sealed partial class FirstStartLogTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("budgetgraph-firststart-").FullName;

    [GeneratedRegex(@"^imported (?<file>[^:]+): (?<facts>[0-9]+) facts \((?<department>[a-z]+) (?<year>[0-9]{4})\) in [0-9]+ ms$")]
    private static partial Regex ImportedLine();

    [Fact]
    public async Task TheFirstStartSaysWhatItDoesOneLinePerDocumentAndNoSql()
    {
        var logs = new CapturedLogs();
        var path = Path.Combine(_directory, "budget.db");
        await using var host = new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
        {
            b.UseSetting("db", path);
            // As if no appsettings.json were read (a published app started outside its folder): EF Core at Information.
            b.UseSetting("Logging:LogLevel:Microsoft.EntityFrameworkCore", "Information");
            b.ConfigureLogging(l => l.AddProvider(logs));
        });
        await ReliabilityHost.StartAsync(host, TimeSpan.FromMinutes(3));

        var lines = logs.Entries.Where(e => e.Category == "BudgetGraph.Api.WarehouseInitializer" && e.Level >= LogLevel.Information)
            .Select(e => e.Message).ToList();
        Assert.Equal($"Opening the Sqlite warehouse {path}", lines[0]);
        Assert.Matches(@"^Applying [0-9]+ migrations \(up to [0-9]{14}_[A-Za-z0-9]+\)$", lines[1]);
        var sources = Directory.GetFiles(WarehouseFixture.SourcesDirectory, "*.txt").Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        var imported = lines.Skip(2).Take(sources.Count).Select(l => ImportedLine().Match(l)).ToList();
        Assert.All(imported, m => Assert.True(m.Success));
        Assert.Equal(sources, imported.Select(m => m.Groups["file"].Value));
        Assert.Matches($@"^Warehouse ready \(Sqlite\) in [0-9]+\.[0-9] s; {sources.Count} documents imported at start$", lines[2 + sources.Count]);
        Assert.Equal(3 + sources.Count, lines.Count);

        // Each line names the document's department and year as stored, and the facts add up to the warehouse's fact rows.
        await using var db = await host.Services.GetRequiredService<IDbContextFactory<WarehouseDbContext>>().CreateDbContextAsync();
        var documents = await db.Documents.Select(d => new { d.FileName, d.Department!.Code, d.Year }).ToListAsync();
        Assert.Equal(documents.OrderBy(d => d.FileName, StringComparer.Ordinal).Select(d => $"{d.FileName} {d.Code} {d.Year}"),
            imported.Select(m => $"{m.Groups["file"].Value} {m.Groups["department"].Value} {m.Groups["year"].Value}"));
        Assert.Equal(await FactRowsAsync(db), imported.Sum(m => long.Parse(m.Groups["facts"].Value)));

        // No SQL text (an entry per inserted row) and no migration-by-migration entries at the default level.
        Assert.DoesNotContain(logs.Entries, e => e.Category.StartsWith("Microsoft.EntityFrameworkCore", StringComparison.Ordinal)
            && e.Level >= LogLevel.Information);
    }

    [Fact]
    public async Task OnceListeningTheServerSaysWhereAndWhatIsThere()
    {
        var logs = new CapturedLogs();
        await using var server = new ListeningServer(Path.Combine(_directory, "listening.db"), logs);
        var address = server.BaseAddress.ToString().TrimEnd('/');
        var line = Assert.Single(logs.Entries, e => e.Category == "BudgetGraph.Api.ListeningBanner");
        Assert.Equal(LogLevel.Information, line.Level);
        Assert.Equal($"listening on {address}: explorer at /, playground at /graphql", line.Message);
        // The warehouse was ready before: the banner comes after the initializer's last line.
        var entries = logs.Entries.ToList();
        Assert.True(entries.FindIndex(e => e.Message.StartsWith("Warehouse ready", StringComparison.Ordinal)) < entries.IndexOf(line));
    }

    /// <summary>The API on Kestrel (a real address), on an empty warehouse, its logs captured.</summary>
    private sealed class ListeningServer(string db, CapturedLogs logs) : Browser.LoopbackApiFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("db", db);
            builder.UseSetting("Warehouse:ImportSources", "false");
            builder.ConfigureLogging(l => l.AddProvider(logs));
        }
    }

    /// <summary>Rows in every fact table of the model.</summary>
    internal static async Task<long> FactRowsAsync(WarehouseDbContext db)
    {
        long rows = 0;
        var tables = db.Model.GetEntityTypes().Where(t => typeof(Fact).IsAssignableFrom(t.ClrType) && !t.ClrType.IsAbstract)
            .Select(t => t.GetTableName()).OfType<string>().Distinct();
        foreach (var table in tables)
        {
            // The table names are the model's own, not input.
            var sql = "SELECT COUNT(*) AS \"Value\" FROM \"" + table + "\"";
            rows += await db.Database.SqlQueryRaw<long>(sql).SingleAsync();
        }
        return rows;
    }

    public void Dispose()
    {
        try { Directory.Delete(_directory, recursive: true); } catch (IOException) { }
    }
}
