using System.Runtime.CompilerServices;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace BudgetGraph.Api.Tests.Budget;

/// <summary>
/// Approved-file snapshots: <c>Snapshots/&lt;name&gt;.approved.json</c> next to the test source is the expected
/// response. A mismatch writes <c>&lt;name&gt;.received.json</c> beside it and fails; run with
/// <c>BUDGETGRAPH_ACCEPT_SNAPSHOTS=1</c> to accept the received output as the new approved file.
/// </summary>
public static class Snapshot
{
    /// <summary>The environment variable that accepts received snapshots.</summary>
    public const string AcceptVariable = "BUDGETGRAPH_ACCEPT_SNAPSHOTS";

    private static readonly JsonSerializerOptions Pretty = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Compares <paramref name="value"/> (pretty-printed) with the approved snapshot <paramref name="name"/>.</summary>
    public static void Match(string name, JsonElement value, [CallerFilePath] string testFile = "")
    {
        var directory = Path.Combine(Path.GetDirectoryName(testFile)!, "Snapshots");
        var approved = Path.Combine(directory, name + ".approved.json");
        var received = Path.Combine(directory, name + ".received.json");
        var text = JsonSerializer.Serialize(value, Pretty).ReplaceLineEndings("\n") + "\n";
        if (Environment.GetEnvironmentVariable(AcceptVariable) == "1")
        {
            Directory.CreateDirectory(directory);
            File.WriteAllText(approved, text);
            File.Delete(received);
            return;
        }
        var expected = File.Exists(approved) ? File.ReadAllText(approved).ReplaceLineEndings("\n") : null;
        if (expected == text)
        {
            File.Delete(received);
            return;
        }
        Directory.CreateDirectory(directory);
        File.WriteAllText(received, text);
        Assert.Fail(expected is null
            ? $"No approved snapshot {approved}. The output was written to {received}; review it and run the tests with {AcceptVariable}=1 to accept it."
            : $"Snapshot {name} differs from {approved} ({FirstDifference(expected, text)}). The output was written to {received}; " +
              $"review the difference and run the tests with {AcceptVariable}=1 to accept it.");
    }

    /// <summary>"line N: expected … but was …" for the first differing line.</summary>
    public static string FirstDifference(string expected, string actual)
    {
        var e = expected.Split('\n');
        var a = actual.Split('\n');
        for (var i = 0; i < Math.Max(e.Length, a.Length); i++)
        {
            var x = i < e.Length ? e[i] : "<end of file>";
            var y = i < a.Length ? a[i] : "<end of file>";
            if (x != y)
            {
                return $"line {i + 1}: expected `{x.Trim()}` but was `{y.Trim()}`";
            }
        }
        return "no line differs";
    }
}
