using System.Text;

namespace BudgetGraph.Ingest.Text;

/// <summary>
/// Name normalization shared by staging and conforming: whitespace removed, half-width parentheses
/// and colons made full-width, quotation marks dropped, markdown/HTML markup removed. Two printings
/// of the same name ("政府办公厅(室)及相关机 构事务", "政府办公厅（室）及相关机构事务") normalize equal.
/// </summary>
public static class Names
{
    /// <summary>Normalizes a name or title.</summary>
    public static string Normalize(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in StripMarkup(text))
        {
            switch (c)
            {
                case ' ' or '\t' or '\u3000' or '\u00a0' or '\f' or '\r' or '#' or '*': break;
                case '“' or '”' or '"' or '「' or '」' or '‘' or '’': break;
                case '(': sb.Append('（'); break;
                case ')': sb.Append('）'); break;
                case ':': sb.Append('：'); break;
                default: sb.Append(c); break;
            }
        }
        return sb.ToString();
    }

    /// <summary>Removes HTML tags such as &lt;p&gt; and &lt;b&gt; that some text extractions keep.</summary>
    public static string StripMarkup(string text)
    {
        if (!text.Contains('<', StringComparison.Ordinal)) return text;
        var sb = new StringBuilder(text.Length);
        var inTag = false;
        foreach (var c in text)
        {
            if (c == '<') { inTag = true; continue; }
            if (c == '>' && inTag) { inTag = false; sb.Append(' '); continue; }
            if (!inTag) sb.Append(c);
        }
        return sb.ToString();
    }
}
