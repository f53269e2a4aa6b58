using System.Text.RegularExpressions;

namespace BudgetGraph.Ingest.Text;

/// <summary>A word of a source line: either text or one amount.</summary>
public readonly record struct Token(string Text, Amount? Number)
{
    /// <summary>True when the token is an amount.</summary>
    public bool IsNumber => Number is not null;
}

/// <summary>Splits source lines into text and amount tokens.</summary>
public static partial class Tokenizer
{
    // One amount: thousands-grouped or plain digits, then an optional one- or two-digit decimal part
    // after "." or "," (003 prints "40, 980, 57"). Runs of amounts glued together ("0.000.000.00")
    // are split by matching repeatedly from the start of the word. A number followed by "." or "、"
    // and then text is an ordinal ("1.一般公共预算拨款"), not an amount.
    [GeneratedRegex(@"^-?(?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(?:[.,][0-9]{1,2})?(?![.．、](?:[^0-9]|$))")]
    private static partial Regex AmountAtStart();

    // "492. 42", "36, 202. 77", "0. 00": a separator followed by spaces between digits is a stray space.
    [GeneratedRegex(@"(?<=[0-9])\s*([.,])\s+(?=[0-9])")]
    private static partial Regex StraySpace();

    /// <summary>Removes stray spaces inside printed numbers.</summary>
    public static string JoinStraySpaces(string line) => StraySpace().Replace(line, "$1");

    // "8， 969， 300. 00": a full-width comma between digits is a thousands separator.
    [GeneratedRegex(@"(?<=[0-9])\s*，\s*(?=[0-9])")]
    private static partial Regex FullWidthSeparator();

    /// <summary>
    /// Full-width digits, full stops and separating commas as ASCII ("５，６３７" → "5,637"), then stray spaces
    /// inside numbers removed.
    /// </summary>
    public static string AsciiNumbers(string line)
    {
        var chars = line.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
            if (chars[i] is >= '０' and <= '９') chars[i] = (char)('0' + (chars[i] - '０'));
            else if (chars[i] == '．' && i > 0 && char.IsAsciiDigit(chars[i - 1])) chars[i] = '.';
        return JoinStraySpaces(FullWidthSeparator().Replace(new string(chars), ","));
    }

    /// <summary>A printed zero that is no number: "-" (or a dash) standing alone in a cell.</summary>
    public static bool IsDashZero(string word) => word is "-" or "－" or "—" or "–";

    /// <summary>Tokenizes a line: whitespace (spaces, tabs, ideographic spaces, form feeds) separates words; a word that starts with amounts is split into them and the text after; a lone dash is the amount 0.</summary>
    public static List<Token> Tokenize(string line)
    {
        var tokens = new List<Token>();
        foreach (var word in AsciiNumbers(line).Split([' ', '\t', '\u3000', '\u00a0', '\f'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (IsDashZero(word)) { tokens.Add(new Token(word, new Amount(0m, 0))); continue; }
            var rest = word;
            while (rest.Length > 0)
            {
                var m = AmountAtStart().Match(rest);
                // "2023年" splits into the amount 2023 and the text 年; labels are rebuilt from the original text.
                if (!m.Success)
                {
                    tokens.Add(new Token(rest, null));
                    break;
                }
                tokens.Add(new Token(m.Value, Amount.Parse(m.Value)));
                rest = rest[m.Length..];
            }
        }
        return tokens;
    }
}
