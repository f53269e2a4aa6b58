namespace BudgetGraph.GraphQL.Language;

/// <summary>
/// A GraphQL source text. Line and column numbers are computed on demand from character offsets
/// (lines end at \n, \r\n or \r, as graphql-js counts them), so the lexer never tracks lines.
/// </summary>
public sealed class Source
{
    private int[]? _lineStarts;

    /// <summary>Wraps a source text.</summary>
    public Source(string body, string name = "GraphQL request")
    {
        Body = body;
        Name = name;
    }

    /// <summary>The text.</summary>
    public string Body { get; }

    /// <summary>A name for error messages.</summary>
    public string Name { get; }

    /// <summary>The 1-based line and column of a character offset.</summary>
    public SourceLocation GetLocation(int position)
    {
        var starts = _lineStarts ??= ComputeLineStarts(Body);
        // Binary search for the last line start <= position.
        int lo = 0, hi = starts.Length - 1;
        while (lo < hi)
        {
            var mid = (lo + hi + 1) >> 1;
            if (starts[mid] <= position)
            {
                lo = mid;
            }
            else
            {
                hi = mid - 1;
            }
        }
        return new SourceLocation(lo + 1, position - starts[lo] + 1);
    }

    private static int[] ComputeLineStarts(string body)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < body.Length; i++)
        {
            var c = body[i];
            if (c == '\n')
            {
                starts.Add(i + 1);
            }
            else if (c == '\r')
            {
                if (i + 1 < body.Length && body[i + 1] == '\n')
                {
                    i++;
                }
                starts.Add(i + 1);
            }
        }
        return starts.ToArray();
    }
}

/// <summary>
/// Where a node sits in its source: start and end character offsets (end exclusive, like graphql-js's
/// <c>loc.start</c>/<c>loc.end</c>) and the source, from which line and column are derived.
/// </summary>
public readonly struct Location
{
    /// <summary>Creates a location.</summary>
    public Location(int start, int end, Source source)
    {
        Start = start;
        End = end;
        Source = source;
    }

    /// <summary>Offset of the node's first character.</summary>
    public int Start { get; }

    /// <summary>Offset just past the node's last character.</summary>
    public int End { get; }

    /// <summary>The source text; null for nodes built in code.</summary>
    public Source? Source { get; }

    /// <summary>Line and column of <see cref="Start"/>, or null when the node has no source.</summary>
    public SourceLocation? StartLocation => Source?.GetLocation(Start);
}
