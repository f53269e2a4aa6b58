using System.Text.Json;
using Xunit.Sdk;

namespace BudgetGraph.Api.Tests.Budget;

/// <summary>The snapshot helper itself: a mismatch fails and leaves a .received file beside the approved one.</summary>
public sealed class SnapshotTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("bg-snapshot-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void A_mismatch_fails_naming_the_line_and_writes_the_received_file()
    {
        if (Environment.GetEnvironmentVariable(Snapshot.AcceptVariable) == "1")
        {
            return; // Accepting: every Match rewrites its approved file by design.
        }
        var testFile = Path.Combine(_dir, "FakeTests.cs");
        Directory.CreateDirectory(Path.Combine(_dir, "Snapshots"));
        File.WriteAllText(Path.Combine(_dir, "Snapshots", "x.approved.json"), "{\n  \"a\": 1\n}\n");
        Snapshot.Match("x", JsonDocument.Parse("""{"a":1}""").RootElement, testFile);
        Assert.False(File.Exists(Path.Combine(_dir, "Snapshots", "x.received.json")));

        var failure = Assert.Throws<FailException>(() => Snapshot.Match("x", JsonDocument.Parse("""{"a":2}""").RootElement, testFile));
        Assert.Contains("line 2: expected `\"a\": 1` but was `\"a\": 2`", failure.Message);
        Assert.Contains(Snapshot.AcceptVariable + "=1", failure.Message);
        Assert.Equal("{\n  \"a\": 2\n}\n", File.ReadAllText(Path.Combine(_dir, "Snapshots", "x.received.json")));
    }
}
