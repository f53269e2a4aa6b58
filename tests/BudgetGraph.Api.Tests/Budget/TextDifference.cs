namespace BudgetGraph.Api.Tests.Budget;

/// <summary>Where two texts first differ, for the failure messages of tests that compare a file with an output.</summary>
public static class TextDifference
{
    /// <summary>"line N: expected … but was …" for the first differing line.</summary>
    public static string First(string expected, string actual)
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
