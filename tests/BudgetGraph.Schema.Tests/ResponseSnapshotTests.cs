using System.Text.Json;
using BudgetGraph.Api.Tests.Budget;

namespace BudgetGraph.GraphSchema.Tests;

/// <summary>
/// The snapshot helper fails where it must: without a snapshot, and on any change of a figure's text, even one a JSON
/// comparison would let pass (<c>12.50</c> for <c>12.5</c>).
/// </summary>
public sealed class ResponseSnapshotTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("bg-snapshot-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string TestFile => Path.Combine(_dir, "FakeTests.cs");

    private static JsonElement Json(string text) => JsonDocument.Parse(text).RootElement;

    private void Write(string text)
    {
        Directory.CreateDirectory(Path.Combine(_dir, "T", "__snapshots__"));
        File.WriteAllText(Path.Combine(_dir, "T", "__snapshots__", "x.snap"), text);
    }

    [Fact]
    public void A_snapshot_is_the_title_and_the_indented_response()
    {
        Assert.Equal("# t\n\n{\n  \"data\": {\n    \"名\": 12.50\n  }\n}\n", ResponseSnapshot.Text("t", Json("""{"data":{"名":12.50}}""")));
    }

    [Fact]
    public void The_same_response_matches()
    {
        Write(ResponseSnapshot.Text("t", Json("""{"a":12.50}""")));
        ResponseSnapshot.Match("T/x", "t", Json("""{"a":12.50}"""), TestFile);
    }

    [Theory]
    [InlineData("""{"a":12.5}""")]
    [InlineData("""{"a":12.51}""")]
    [InlineData("""{"a":"12.50"}""")]
    [InlineData("""{"a":12.50,"b":null}""")]
    public void A_changed_figure_fails(string changed)
    {
        if (Environment.GetEnvironmentVariable(ResponseSnapshot.AcceptVariable) == "1")
        {
            return; // Accepting: every Match writes its snapshot by design.
        }
        Write(ResponseSnapshot.Text("t", Json("""{"a":12.50}""")));
        Assert.Throws<Xunit.Sdk.EqualException>(() => ResponseSnapshot.Match("T/x", "t", Json(changed), TestFile));
    }

    [Fact]
    public void A_missing_snapshot_fails_saying_how_to_write_it()
    {
        if (Environment.GetEnvironmentVariable(ResponseSnapshot.AcceptVariable) == "1")
        {
            return;
        }
        var failure = Assert.Throws<Xunit.Sdk.FailException>(() => ResponseSnapshot.Match("T/none", "t", Json("{}"), TestFile));
        Assert.Equal($"No snapshot {Path.Combine(_dir, "T", "__snapshots__", "none.snap")}. Run the tests with BUDGETGRAPH_ACCEPT_SNAPSHOTS=1 to write it from the response, and review it.",
            failure.Message);
        Assert.False(File.Exists(Path.Combine(_dir, "T", "__snapshots__", "none.snap")));
    }
}
