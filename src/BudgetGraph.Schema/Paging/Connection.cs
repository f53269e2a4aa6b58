using System.Linq.Expressions;
using System.Text;
using Microsoft.EntityFrameworkCore;

namespace BudgetGraph.GraphSchema.Paging;

/// <summary>The window a page request selects: <c>first/after/last/before</c> (Relay cursor connections).</summary>
public sealed record PageRequest(int? First, int? After, int? Last, int? Before);

/// <summary>Opaque cursors: the base64 of a row's position in the ordered, filtered result.</summary>
public static class Cursor
{
    private const string Prefix = "budgetgraph:";

    /// <summary>The cursor of a position.</summary>
    public static string Encode(int index) => Convert.ToBase64String(Encoding.UTF8.GetBytes(Prefix + index));

    /// <summary>The position of a cursor; a cursor not made by <see cref="Encode"/> is an error naming the argument.</summary>
    public static int? Decode(string? cursor, string argument)
    {
        if (cursor is null)
        {
            return null;
        }
        try
        {
            var text = Encoding.UTF8.GetString(Convert.FromBase64String(cursor));
            if (text.StartsWith(Prefix, StringComparison.Ordinal) && int.TryParse(text.AsSpan(Prefix.Length), out var index) && index >= 0)
            {
                return index;
            }
        }
        catch (FormatException)
        {
        }
        throw new QueryInputException($"Argument \"{argument}\" is not a cursor of this connection: \"{cursor}\".");
    }
}

/// <summary>One page of a connection: the rows with their positions, the total and the page info.</summary>
public sealed record Connection<T>(IReadOnlyList<Edge<T>> Edges, int TotalCount, bool HasPreviousPage, bool HasNextPage)
{
    /// <summary>The rows.</summary>
    public IEnumerable<T> Nodes => Edges.Select(e => e.Node);

    /// <summary>Cursor of the first row.</summary>
    public string? StartCursor => Edges.Count > 0 ? Edges[0].Cursor : null;

    /// <summary>Cursor of the last row.</summary>
    public string? EndCursor => Edges.Count > 0 ? Edges[^1].Cursor : null;

    /// <summary>Figures about the whole connection beyond the count (e.g. an aggregate's summary).</summary>
    public object? Summary { get; init; }
}

/// <summary>A row and its cursor.</summary>
public sealed record Edge<T>(T Node, int Index)
{
    /// <summary>The cursor.</summary>
    public string Cursor => Paging.Cursor.Encode(Index);
}

/// <summary>
/// Pages over an ordered query in ONE SQL statement: the page's rows carry the filtered total as a scalar
/// subquery of the same SELECT (a second statement, a COUNT, runs only when the page is empty).
/// </summary>
public static class Pager
{
    /// <summary>
    /// A page of <paramref name="filtered"/> in the order <paramref name="order"/> gives (called with true for the
    /// reverse order, used by <c>last</c> without <c>before</c>), projected by <paramref name="projection"/>.
    /// </summary>
    public static async Task<Connection<T>> PageAsync<TEntity, T>(IQueryable<TEntity> filtered, Func<IQueryable<TEntity>, bool, IQueryable<TEntity>> order,
        Expression<Func<TEntity, T>> projection, PageRequest page, CancellationToken ct)
    {
        var start = page.After is { } a ? a + 1 : 0;
        int? end = page.Before;
        var fromEnd = page.Last is not null && end is null;
        if (page.First is { } first)
        {
            end = end is { } e ? Math.Min(e, start + first) : start + first;
        }
        if (page.Last is { } last && end is { } e2)
        {
            start = Math.Max(start, e2 - last);
        }
        List<Row<T>> rows;
        if (fromEnd)
        {
            // last: n without before: the n rows at the end, read in reverse order and put back in order.
            var take = page.Last!.Value;
            rows = await order(filtered, true).Select(projection).Select(x => new Row<T>(x, filtered.Count())).Take(take).ToListAsync(ct);
            rows.Reverse();
            var total = rows.Count > 0 ? rows[0].Total : await filtered.CountAsync(ct);
            var firstIndex = total - rows.Count;
            var kept = rows.Select((r, i) => new Edge<T>(r.Node, firstIndex + i)).Where(x => x.Index >= start).ToList();
            return new Connection<T>(kept, total, kept.Count > 0 ? kept[0].Index > 0 : total > 0 && start > 0, false);
        }
        var count = end is { } stop ? Math.Max(0, stop - start) : (int?)null;
        var query = order(filtered, false).Select(projection).Select(x => new Row<T>(x, filtered.Count())).Skip(start);
        if (count is { } c)
        {
            query = query.Take(c);
        }
        rows = count == 0 ? [] : await query.ToListAsync(ct);
        var totalCount = rows.Count > 0 ? rows[0].Total : await filtered.CountAsync(ct);
        var edges = rows.Select((r, i) => new Edge<T>(r.Node, start + i)).ToList();
        var lastIndex = start + edges.Count;
        return new Connection<T>(edges, totalCount, start > 0 && totalCount > 0, lastIndex < totalCount);
    }

    /// <summary>A page of rows already in memory, in their order.</summary>
    public static Connection<T> Page<T>(IReadOnlyList<T> all, PageRequest page)
    {
        var start = page.After is { } a ? Math.Min(a + 1, all.Count) : 0;
        var end = page.Before is { } b ? Math.Min(b, all.Count) : all.Count;
        if (page.First is { } first)
        {
            end = Math.Min(end, start + first);
        }
        if (page.Last is { } last)
        {
            start = Math.Max(start, end - last);
        }
        var edges = Enumerable.Range(start, Math.Max(0, end - start)).Select(i => new Edge<T>(all[i], i)).ToList();
        return new Connection<T>(edges, all.Count, start > 0 && all.Count > 0, end < all.Count);
    }

    /// <summary>A row with the total of its query.</summary>
    internal sealed record Row<T>(T Node, int Total);
}

/// <summary>Page info.</summary>
public interface IPageInfo
{
    /// <summary>Rows follow.</summary>
    bool HasNextPage { get; }
    /// <summary>Rows precede.</summary>
    bool HasPreviousPage { get; }
    /// <summary>First cursor.</summary>
    string? StartCursor { get; }
    /// <summary>Last cursor.</summary>
    string? EndCursor { get; }
}

/// <summary>Page info value.</summary>
public sealed record PageInfoValue(bool HasNextPage, bool HasPreviousPage, string? StartCursor, string? EndCursor) : IPageInfo;
