using System.Text;
using System.Text.RegularExpressions;

namespace BudgetGraph.Ingest.Text;

/// <summary>
/// A run of source lines joined into one string for sentence-level matching (prose wraps mid-word
/// and even mid-number: "2,555 万" / "元"), remembering the source line of every character.
/// Lines are trimmed and concatenated without separators; stray spaces inside numbers are removed;
/// half-width parentheses, colons and semicolons, and commas that are not digit separators, become
/// full-width; quotation marks become '"' in <see cref="Text"/> (for matching) but keep their printed form in
/// <see cref="Printed"/> (for names). Page markers ("— 3 —", "第 2 页") are page furniture, not text: a sentence broken by a
/// page break ("安全生产检查" / "第 2 页" / "服务 626.00 万元") reads on as one.
/// </summary>
public sealed partial class JoinedText
{
    [GeneratedRegex(@"^(?:[—–－-]+\s*[0-9]+\s*[—–－-]+|第\s*[0-9]+\s*页(?:\s*[，,]?\s*共\s*[0-9]+\s*页)?)$")]
    private static partial Regex PageMarker();

    private readonly List<int> _lineOf = [];
    private readonly StringBuilder _printed = new();

    /// <summary>The joined text.</summary>
    public string Text { get; }

    /// <summary>Joins lines [from, to) of <paramref name="lines"/> (0-based).</summary>
    public JoinedText(IReadOnlyList<string> lines, int from, int to)
    {
        var sb = new StringBuilder();
        for (var i = from; i < to; i++)
        {
            var line = Tokenizer.JoinStraySpaces(HalfWidthNumbers(Names.StripMarkup(lines[i]))).Trim();
            if (PageMarker().IsMatch(line)) continue;
            for (var k = 0; k < line.Length; k++)
            {
                var c = line[k];
                var betweenDigits = k > 0 && k + 1 < line.Length && char.IsAsciiDigit(line[k - 1]) && char.IsAsciiDigit(line[k + 1]);
                sb.Append(c switch
                {
                    '(' => '（',
                    ')' => '）',
                    ':' => '：',
                    ';' => '；',
                    ',' when !betweenDigits => '，',
                    '“' or '”' or '「' or '」' => '"',
                    _ => c,
                });
                _printed.Append(c is '“' or '”' or '「' or '」' ? c : sb[^1]);
                _lineOf.Add(i + 1);
            }
        }
        Text = sb.ToString();
    }

    /// <summary>Full-width digits and decimal points as ASCII, and a full-width comma between two digits as ','  ("１４，５１８．２９").</summary>
    private static string HalfWidthNumbers(string line)
    {
        if (!line.Any(c => c is >= '０' and <= '９')) return line;
        var chars = line.Select(c => c is >= '０' and <= '９' ? (char)(c - '０' + '0') : c).ToArray();
        for (var k = 1; k + 1 < chars.Length; k++)
            if (char.IsAsciiDigit(chars[k - 1]) && char.IsAsciiDigit(chars[k + 1]))
                chars[k] = chars[k] switch { '，' => ',', '．' => '.', _ => chars[k] };
        return new string(chars);
    }

    /// <summary>The text of [<paramref name="start"/>, <paramref name="start"/> + <paramref name="length"/>) with its quotation marks as printed.</summary>
    public string Printed(int start, int length) => _printed.ToString(start, length);

    /// <summary>The 1-based source line of the character at <paramref name="index"/>.</summary>
    public int LineAt(int index) => _lineOf.Count == 0 ? 1 : _lineOf[Math.Clamp(index, 0, _lineOf.Count - 1)];
}
