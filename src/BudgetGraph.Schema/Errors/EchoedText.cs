using System.Text;

namespace BudgetGraph.GraphSchema.Errors;

/// <summary>
/// Caps what an error message echoes of the request. Messages quote what the client sent (a field name, an argument
/// value, a department code, a cursor) between double quotes (HotChocolate's between backticks), or print it as one word (a number literal); a client
/// may send a name of 900 KB, and the answer (and the log line) must not carry it back. The rule, applied to every
/// error message the API writes and logs: each double-quoted or backticked part (between two <c>"</c> or two <c>`</c>;
/// an escaped one does not end it) and each unquoted word (a run without whitespace) longer than <see cref="MaxLength"/> characters is cut
/// to its first <see cref="MaxLength"/> characters followed by <c>…</c> (U+2026). The server's own wording has no word
/// and no quoted part that long, so only echoed text is ever cut; a cut never splits a surrogate pair.
/// </summary>
public static class EchoedText
{
    /// <summary>The longest quoted part or word kept whole.</summary>
    public const int MaxLength = 100;

    /// <summary>The ellipsis that ends a cut part.</summary>
    public const char Ellipsis = '…';

    /// <summary>The message with every over-long quoted part and word cut (the same instance when nothing is cut).</summary>
    public static string Cap(string message)
    {
        if (message.Length <= MaxLength)
        {
            return message;
        }

        StringBuilder? capped = null;
        var copied = 0; // message[..copied] is in capped
        var i = 0;
        while (i < message.Length)
        {
            int start, end; // a part: message[start..end]
            if (message[i] is '"' or '`')
            {
                var quote = message[i];
                start = i + 1;
                end = start;
                while (end < message.Length && !(message[end] == quote && message[end - 1] != '\\'))
                {
                    end++;
                }
                i = end + 1; // past the closing quote (or the end)
            }
            else if (char.IsWhiteSpace(message[i]))
            {
                i++;
                continue;
            }
            else
            {
                start = i;
                end = i;
                while (end < message.Length && message[end] is not ('"' or '`') && !char.IsWhiteSpace(message[end]))
                {
                    end++;
                }
                i = end;
            }

            if (end - start > MaxLength)
            {
                var keep = char.IsHighSurrogate(message[start + MaxLength - 1]) ? MaxLength - 1 : MaxLength;
                capped ??= new StringBuilder(message.Length > 4 * MaxLength ? 4 * MaxLength : message.Length);
                capped.Append(message, copied, start + keep - copied).Append(Ellipsis);
                copied = end;
            }
        }

        return capped is null ? message : capped.Append(message, copied, message.Length - copied).ToString();
    }
}
