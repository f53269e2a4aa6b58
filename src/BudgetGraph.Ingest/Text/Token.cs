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

    /// <summary>Tokenizes a line: whitespace (spaces, tabs, ideographic spaces) separates words; a word that starts with amounts is split into them and the text after.</summary>
    public static List<Token> Tokenize(string line)
    {
        var tokens = new List<Token>();
        foreach (var word in JoinStraySpaces(line).Split([' ', '\t', '\u3000', '\u00a0'], StringSplitOptions.RemoveEmptyEntries))
        {
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
