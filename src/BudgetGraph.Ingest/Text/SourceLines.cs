namespace BudgetGraph.Ingest.Text;

/// <summary>
/// The one line splitter of the importer: CRLF, CR alone and LF alone each end a line, so a document
/// saved with any of the three conventions has the same lines (and every fact the same line number).
/// </summary>
public static class SourceLines
{
    /// <summary>Splits <paramref name="text"/> into its lines (a trailing line break leaves a last empty line).</summary>
    public static string[] Split(string text)
    {
        var lines = new List<string>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is not ('\n' or '\r')) continue;
            lines.Add(text[start..i]);
            if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n') i++;
            start = i + 1;
        }
        lines.Add(text[start..]);
        return [.. lines];
    }
}
