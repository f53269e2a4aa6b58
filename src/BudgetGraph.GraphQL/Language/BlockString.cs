using System.Text;

namespace BudgetGraph.GraphQL.Language;

/// <summary>Block string helpers: the spec's BlockStringValue() dedent and graphql-js's <c>printBlockString</c>.</summary>
public static class BlockString
{
    private static bool IsWhiteSpace(char c) => c is ' ' or '\t';

    /// <summary>Removes common indentation (ignoring the first line) and leading/trailing blank lines, joined by \n.</summary>
    public static string Dedent(IReadOnlyList<string> lines)
    {
        var commonIndent = int.MaxValue;
        var firstNonEmpty = -1;
        var lastNonEmpty = -1;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            var indent = 0;
            while (indent < line.Length && IsWhiteSpace(line[indent]))
            {
                indent++;
            }
            if (indent == line.Length)
            {
                continue;
            }
            if (firstNonEmpty < 0)
            {
                firstNonEmpty = i;
            }
            lastNonEmpty = i;
            if (i != 0 && indent < commonIndent)
            {
                commonIndent = indent;
            }
        }
        if (firstNonEmpty < 0)
        {
            return string.Empty;
        }
        var sb = new StringBuilder();
        for (var i = firstNonEmpty; i <= lastNonEmpty; i++)
        {
            if (i > firstNonEmpty)
            {
                sb.Append('\n');
            }
            var line = lines[i];
            if (i == 0)
            {
                sb.Append(line);
            }
            else if (line.Length > commonIndent)
            {
                sb.Append(line, commonIndent, line.Length - commonIndent);
            }
        }
        return sb.ToString();
    }

    /// <summary>Prints a string as a block string the way graphql-js's <c>printBlockString</c> does.</summary>
    public static string Print(string value)
    {
        var escaped = value.Replace("\"\"\"", "\\\"\"\"", StringComparison.Ordinal);
        var lines = escaped.Split(LineSplit, StringSplitOptions.None);
        var isSingleLine = lines.Length == 1;
        var forceLeadingNewLine = lines.Length > 1;
        for (var i = 1; i < lines.Length && forceLeadingNewLine; i++)
        {
            if (lines[i].Length != 0 && !IsWhiteSpace(lines[i][0]))
            {
                forceLeadingNewLine = false;
            }
        }
        var hasTrailingTripleQuotes = escaped.EndsWith("\\\"\"\"", StringComparison.Ordinal);
        var hasTrailingQuote = value.EndsWith('"') && !hasTrailingTripleQuotes;
        var hasTrailingSlash = value.EndsWith('\\');
        var forceTrailingNewline = hasTrailingQuote || hasTrailingSlash;
        var printAsMultipleLines = !isSingleLine || value.Length > 70 || forceTrailingNewline || forceLeadingNewLine || hasTrailingTripleQuotes;
        var sb = new StringBuilder("\"\"\"");
        var skipLeadingNewLine = isSingleLine && value.Length > 0 && IsWhiteSpace(value[0]);
        if ((printAsMultipleLines && !skipLeadingNewLine) || forceLeadingNewLine)
        {
            sb.Append('\n');
        }
        sb.Append(escaped);
        if (printAsMultipleLines || forceTrailingNewline)
        {
            sb.Append('\n');
        }
        return sb.Append("\"\"\"").ToString();
    }

    /// <summary>graphql-js <c>isPrintableAsBlockString</c>: whether printing as a block string round-trips.</summary>
    public static bool IsPrintable(string value)
    {
        if (value.Length == 0)
        {
            return true;
        }
        var isEmptyLine = true;
        var hasIndent = false;
        var hasCommonIndent = true;
        var seenNonEmptyLine = false;
        foreach (var c in value)
        {
            switch (c)
            {
                case '\u0000' or '\u0001' or '\u0002' or '\u0003' or '\u0004' or '\u0005' or '\u0006' or '\u0007' or '\u0008'
                    or '\u000B' or '\u000C' or '\u000E' or '\u000F' or '\r':
                    return false;
                case '\n':
                    if (isEmptyLine && !seenNonEmptyLine)
                    {
                        return false;
                    }
                    seenNonEmptyLine = true;
                    isEmptyLine = true;
                    hasIndent = false;
                    break;
                case '\t' or ' ':
                    hasIndent |= isEmptyLine;
                    break;
                default:
                    hasCommonIndent &= hasIndent;
                    isEmptyLine = false;
                    break;
            }
        }
        if (isEmptyLine)
        {
            return false;
        }
        return !(hasCommonIndent && seenNonEmptyLine);
    }

    private static readonly string[] LineSplit = { "\r\n", "\n", "\r" };
}
