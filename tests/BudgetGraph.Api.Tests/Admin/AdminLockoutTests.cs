using System.Net;
using BudgetGraph.Api.Admin;
using BudgetGraph.Api.Tests.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace BudgetGraph.Api.Tests.Admin;

/// <summary>A clock that moves only when told.</summary>
public sealed class ManualClock : TimeProvider
{
    private DateTimeOffset _now = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <inheritdoc />
    public override DateTimeOffset GetUtcNow() => _now;

    /// <summary>Moves the clock forward.</summary>
    public void Advance(TimeSpan by) => _now += by;
}

/// <summary>
/// Issue 14, item 9: wrong admin keys lock the client address out (429 with Retry-After) after
/// <c>Admin:MaxFailedAttempts</c> within <c>Admin:FailureWindow</c>, and every attempt and import is in the audit log,
/// never with a key.
/// </summary>
public sealed class AdminLockoutTests
{
    private static string Source() => File.ReadAllText(Directory.GetFiles(Budget.WarehouseFixture.SourcesDirectory, "004_*.txt").Single());

    private static AdminApi Start(ManualClock clock, LogCollector logs) => new(settings: new Dictionary<string, string>
    {
        ["Admin:MaxFailedAttempts"] = "3",
        ["Admin:FailureWindow"] = "00:10:00",
    }, services: services =>
    {
        services.AddSingleton<TimeProvider>(clock);
        services.AddSingleton<ILoggerProvider>(logs);
    });

    [Fact]
    public async Task ThreeWrongKeys_LockTheAddressOut_EvenForTheRightKey_UntilTheWindowEnds()
    {
        var clock = new ManualClock();
        using var api = Start(clock, new LogCollector());

        for (var i = 0; i < 3; i++)
        {
            var (wrong, _) = await api.ImportAsync("x.txt", "x", "Bearer wrong-" + i);
            Assert.Equal(HttpStatusCode.Forbidden, wrong.StatusCode);
            clock.Advance(TimeSpan.FromMinutes(1));
        }

        var (locked, json) = await api.ImportAsync("004.txt", Source(), "Bearer " + api.Key);
        Assert.Equal((HttpStatusCode)429, locked.StatusCode);
        Assert.Equal("420", locked.Headers.RetryAfter!.ToString()); // the window began 3 minutes ago: 7 minutes left
        Assert.Equal("Too many wrong API keys from this address; try again in 420 seconds.", json!["error"]!.GetValue<string>());
        Assert.Equal("", await api.DepartmentsAsync());

        clock.Advance(TimeSpan.FromSeconds(420));
        var (after, _) = await api.ImportAsync("004.txt", Source(), "Bearer " + api.Key);
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
    }

    [Fact]
    public async Task WrongKeysSpreadOverMoreThanAWindow_DoNotLockOut_AndTheRightKeyClearsTheCount()
    {
        var clock = new ManualClock();
        using var api = Start(clock, new LogCollector());

        foreach (var _ in Enumerable.Range(0, 2))
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await api.ImportAsync("x.txt", "x", "Bearer wrong")).Response.StatusCode);
        }
        clock.Advance(TimeSpan.FromMinutes(11)); // a new window
        Assert.Equal(HttpStatusCode.Forbidden, (await api.ImportAsync("x.txt", "x", "Bearer wrong")).Response.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await api.ImportAsync("x.txt", "x", "Bearer wrong")).Response.StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await api.ImportAsync("x.txt", "x", "Bearer " + api.Key)).Response.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await api.ImportAsync("x.txt", "x", "Bearer wrong")).Response.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await api.ImportAsync("x.txt", "x", "Bearer wrong")).Response.StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await api.ImportAsync("x.txt", "x", "Bearer " + api.Key)).Response.StatusCode);
    }

    [Fact]
    public async Task TheAuditLog_RecordsRefusalsAndImports_WithoutAnyKey()
    {
        var clock = new ManualClock();
        var logs = new LogCollector();
        using var api = Start(clock, logs);
        const string guess = "Bearer guessed-key-0123456789";

        await api.ImportAsync("x.txt", "x", authorization: null);
        for (var i = 0; i < 3; i++)
        {
            await api.ImportAsync("x.txt", "x", guess);
        }
        await api.ImportAsync("x.txt", "x", "Bearer " + api.Key); // locked out
        clock.Advance(TimeSpan.FromMinutes(10));
        await api.ImportAsync("x.txt", "x", "Bearer " + api.Key); // refused by the importer
        var (imported, json) = await api.ImportAsync("004.txt", Source(), "Bearer " + api.Key);
        Assert.Equal(HttpStatusCode.OK, imported.StatusCode);

        var audit = logs.Entries.Where(e => e.Category == "BudgetGraph.Api.Audit").ToList();
        Assert.Equal(["AdminKeyMissing", "AdminKeyRejected", "AdminKeyRejected", "AdminKeyRejected", "AdminLockedOut", "AdminImportRefused", "AdminImported"],
            audit.Select(e => e.EventName));
        var address = audit[0].Values["ClientAddress"]!.ToString();
        Assert.Equal($"Admin import from {address} refused: wrong API key (3 of 3 allowed per 00:10:00)", audit[3].Message);
        Assert.Equal($"Admin import from {address} refused: locked out after too many wrong API keys; retry after 600 s", audit[4].Message);
        Assert.Equal($"Admin import of 004.txt from {address}: Budget of {json!["department"]} for 2023, {json["facts"]} facts, replaced False",
            audit[6].Message);
        foreach (var entry in logs.Entries)
        {
            Assert.DoesNotContain(api.Key!, entry.Message, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("guessed-key", entry.Message, StringComparison.Ordinal);
            Assert.DoesNotContain(entry.Values.Values, v => v?.ToString()?.Contains("guessed-key", StringComparison.Ordinal) == true
                || v?.ToString()?.Contains(api.Key!, StringComparison.OrdinalIgnoreCase) == true);
        }
    }
}
