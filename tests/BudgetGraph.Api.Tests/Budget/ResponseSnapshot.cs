using System.Runtime.CompilerServices;
using System.Text.Encodings.Web;
using System.Text.Json;
using Snapshooter;
using Snapshooter.Xunit;

namespace BudgetGraph.Api.Tests.Budget;

/// <summary>
/// Shared by Api.Tests and Schema.Tests (linked there). Snapshooter snapshots of GraphQL responses:
/// a snapshot file (<c>__snapshots__/&lt;name&gt;.snap</c>, see <see cref="Match"/>) holds <c># title</c>, a blank line and the response
/// pretty-printed. The <c>#</c> line keeps the file from being JSON, so Snapshooter compares the text exactly: it reads a
/// JSON snapshot into doubles, where <c>12.50</c> equals <c>12.5</c> and a figure's printed decimals would go unchecked.
/// A missing snapshot FAILS (Snapshooter would write it and pass); run the tests with <c>BUDGETGRAPH_ACCEPT_SNAPSHOTS=1</c>
/// to write every matched snapshot anew, then review the difference in git. A mismatch leaves the response in
/// <c>__snapshots__/__mismatch__/</c> (ignored by git).
/// </summary>
public static class ResponseSnapshot
{
    /// <summary>The environment variable that writes the snapshots from the responses.</summary>
    public const string AcceptVariable = "BUDGETGRAPH_ACCEPT_SNAPSHOTS";

    private static readonly JsonSerializerOptions Pretty = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The text of a snapshot: <c>#</c> and <paramref name="title"/>, a blank line and <paramref name="response"/> indented.</summary>
    public static string Text(string title, JsonElement response) =>
        "# " + title + "\n\n" + JsonSerializer.Serialize(response, Pretty).ReplaceLineEndings("\n") + "\n";

    /// <summary>
    /// Matches <paramref name="response"/> under the title <paramref name="title"/> with the snapshot
    /// <paramref name="name"/>: <c>__snapshots__/name.snap</c> beside the test source, or for <c>folder/name</c>
    /// <c>folder/__snapshots__/name.snap</c> (Snapshooter's folder, in a folder relative to the test source).
    /// </summary>
    public static void Match(string name, string title, JsonElement response, [CallerFilePath] string testFile = "")
    {
        var slash = name.LastIndexOf('/');
        var folder = Path.Combine(Path.GetDirectoryName(testFile)!, slash < 0 ? "" : name[..slash].Replace('/', Path.DirectorySeparatorChar));
        var fileName = name[(slash + 1)..] + ".snap";
        var file = Path.Combine(folder, "__snapshots__", fileName);
        if (Environment.GetEnvironmentVariable(AcceptVariable) == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            File.Delete(file);
        }
        else if (!File.Exists(file))
        {
            Assert.Fail($"No snapshot {file}. Run the tests with {AcceptVariable}=1 to write it from the response, and review it.");
        }
        Snapshot.Match(Text(title, response), new SnapshotFullName(fileName, folder));
    }
}
