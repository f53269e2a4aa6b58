using System.Text.Json;

namespace BudgetGraph.Ingest.Tests.Pdf;

/// <summary>
/// The shared corpus (<c>shared/corpus</c> beside the repository or one of its parents; <c>BUDGETGRAPH_CORPUS</c>
/// overrides): documents with a truth file listing every printed figure. Missing, it fails the tests that need it.
/// </summary>
internal static class Corpus
{
    public static string Directory()
    {
        var overridden = Environment.GetEnvironmentVariable("BUDGETGRAPH_CORPUS");
        if (!string.IsNullOrEmpty(overridden)) return overridden;
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "corpus");
            if (System.IO.Directory.Exists(candidate)) return candidate;
        }
        throw new InvalidOperationException("shared/corpus not found beside the repository or its parents (set BUDGETGRAPH_CORPUS)");
    }

    public static string File(string name) => Path.Combine(Directory(), name);

    /// <summary>One printed figure of a truth file (the fields these tests use).</summary>
    public sealed record Figure(int Id, string Printed, int Line, int? Page);

    public static IReadOnlyList<Figure> Figures(string stem)
    {
        using var json = JsonDocument.Parse(System.IO.File.ReadAllBytes(File(stem + ".truth.json")));
        return [.. json.RootElement.GetProperty("figures").EnumerateArray().Select(f => new Figure(
            f.GetProperty("id").GetInt32(), f.GetProperty("printed").GetString()!, f.GetProperty("line").GetInt32(),
            f.TryGetProperty("page", out var p) && p.ValueKind == JsonValueKind.Number ? p.GetInt32() : null))];
    }
}
