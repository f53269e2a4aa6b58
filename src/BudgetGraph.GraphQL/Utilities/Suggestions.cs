namespace BudgetGraph.GraphQL.Utilities;

/// <summary>graphql-js's "Did you mean ...?" machinery: lexical-distance suggestions and or-lists.</summary>
public static class Suggestions
{
    /// <summary>Options within lexical distance of <paramref name="input"/>, nearest first (graphql-js <c>suggestionList</c>).</summary>
    public static IReadOnlyList<string> List(string input, IEnumerable<string> options)
    {
        var byDistance = new Dictionary<string, int>();
        var threshold = (int)Math.Floor(input.Length * 0.4) + 1;
        var inputLower = input.ToLowerInvariant();
        foreach (var option in options)
        {
            var distance = Measure(input, inputLower, option, threshold);
            if (distance is { } d)
            {
                byDistance[option] = d;
            }
        }
        var keys = byDistance.Keys.ToList();
        keys.Sort((a, b) =>
        {
            var diff = byDistance[a] - byDistance[b];
            return diff != 0 ? diff : NaturalCompare(a, b);
        });
        return keys;
    }

    private static int? Measure(string input, string inputLower, string option, int threshold)
    {
        if (input == option)
        {
            return 0;
        }
        var optionLower = option.ToLowerInvariant();
        if (inputLower == optionLower)
        {
            return 1;
        }
        var a = optionLower;
        var b = inputLower;
        if (a.Length < b.Length)
        {
            (a, b) = (b, a);
        }
        var aLength = a.Length;
        var bLength = b.Length;
        if (aLength - bLength > threshold)
        {
            return null;
        }
        var rows = new int[3][];
        for (var r = 0; r < 3; r++)
        {
            rows[r] = new int[bLength + 1];
        }
        for (var j = 0; j <= bLength; j++)
        {
            rows[0][j] = j;
        }
        for (var i = 1; i <= aLength; i++)
        {
            var upRow = rows[(i - 1) % 3];
            var currentRow = rows[i % 3];
            var smallestCell = currentRow[0] = i;
            for (var j = 1; j <= bLength; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var currentCell = Math.Min(Math.Min(upRow[j] + 1, currentRow[j - 1] + 1), upRow[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    var doubleDiagonalCell = rows[(i - 2) % 3][j - 2];
                    currentCell = Math.Min(currentCell, doubleDiagonalCell + 1);
                }
                if (currentCell < smallestCell)
                {
                    smallestCell = currentCell;
                }
                currentRow[j] = currentCell;
            }
            if (smallestCell > threshold)
            {
                return null;
            }
        }
        var distance = rows[aLength % 3][bLength];
        return distance <= threshold ? distance : null;
    }

    /// <summary>graphql-js <c>naturalCompare</c>: digit runs compare numerically.</summary>
    public static int NaturalCompare(string aStr, string bStr)
    {
        int aIndex = 0, bIndex = 0;
        while (aIndex < aStr.Length && bIndex < bStr.Length)
        {
            int aChar = aStr[aIndex];
            int bChar = bStr[bIndex];
            if (char.IsAsciiDigit((char)aChar) && char.IsAsciiDigit((char)bChar))
            {
                long aNum = 0;
                do
                {
                    ++aIndex;
                    aNum = aNum * 10 + aChar - '0';
                    aChar = aIndex < aStr.Length ? aStr[aIndex] : -1;
                }
                while (aChar >= '0' && aChar <= '9' && aNum > 0);
                long bNum = 0;
                do
                {
                    ++bIndex;
                    bNum = bNum * 10 + bChar - '0';
                    bChar = bIndex < bStr.Length ? bStr[bIndex] : -1;
                }
                while (bChar >= '0' && bChar <= '9' && bNum > 0);
                if (aNum < bNum)
                {
                    return -1;
                }
                if (aNum > bNum)
                {
                    return 1;
                }
            }
            else
            {
                if (aChar < bChar)
                {
                    return -1;
                }
                if (aChar > bChar)
                {
                    return 1;
                }
                ++aIndex;
                ++bIndex;
            }
        }
        return (aStr.Length - aIndex) - (bStr.Length - bIndex) == 0 ? aStr.Length - bStr.Length : aStr.Length - bStr.Length;
    }

    /// <summary>graphql-js <c>didYouMean</c>: " Did you mean [sub ]"a", "b", or "c"?" (at most five), or "".</summary>
    public static string DidYouMean(IReadOnlyList<string> suggestions, string? subMessage = null)
    {
        if (suggestions.Count == 0)
        {
            return "";
        }
        var message = " Did you mean ";
        if (subMessage is not null)
        {
            message += subMessage + " ";
        }
        return message + OrList(suggestions.Take(5).Select(x => $"\"{x}\"").ToList()) + "?";
    }

    /// <summary>"A", "A or B", "A, B, or C".</summary>
    public static string OrList(IReadOnlyList<string> items) => FormatList("or", items);

    /// <summary>"A", "A and B", "A, B, and C".</summary>
    public static string AndList(IReadOnlyList<string> items) => FormatList("and", items);

    private static string FormatList(string conjunction, IReadOnlyList<string> items) => items.Count switch
    {
        0 => "",
        1 => items[0],
        2 => items[0] + " " + conjunction + " " + items[1],
        _ => string.Join(", ", items.Take(items.Count - 1)) + ", " + conjunction + " " + items[^1],
    };
}
