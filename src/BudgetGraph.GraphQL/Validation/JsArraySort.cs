namespace BudgetGraph.GraphQL.Validation;

/// <summary>
/// Sorts the way JavaScript's <c>Array.prototype.sort</c> does in V8 (TimSort) for short arrays: the natural
/// run at the start is found (and reversed when strictly descending), then the rest is inserted by binary
/// search. graphql-js sorts type suggestions with a comparator that is not a total order (sub-typing first,
/// then names), so only the same algorithm yields the same order as graphql-js.
/// </summary>
internal static class JsArraySort
{
    /// <summary>Below this length V8 sorts with one run extended by binary insertion.</summary>
    private const int MinMerge = 64;

    public static void Sort<T>(List<T> items, Comparison<T> compare)
    {
        var n = items.Count;
        if (n < 2)
        {
            return;
        }
        if (n >= MinMerge)
        {
            // Long lists: a stable sort (V8 would merge runs; orders differ only for inconsistent comparators).
            var sorted = items.Select((item, index) => (item, index))
                .OrderBy(x => x, Comparer<(T Item, int Index)>.Create((a, b) => compare(a.Item, b.Item) is var c && c != 0 ? c : a.Index - b.Index))
                .Select(x => x.item).ToList();
            items.Clear();
            items.AddRange(sorted);
            return;
        }
        var runLength = 2;
        var descending = compare(items[1], items[0]) < 0;
        while (runLength < n)
        {
            var order = compare(items[runLength], items[runLength - 1]);
            if (descending ? order >= 0 : order < 0)
            {
                break;
            }
            runLength++;
        }
        if (descending)
        {
            items.Reverse(0, runLength);
        }
        for (var start = runLength; start < n; start++)
        {
            var pivot = items[start];
            int left = 0, right = start;
            while (left < right)
            {
                var mid = left + ((right - left) >> 1);
                if (compare(pivot, items[mid]) < 0)
                {
                    right = mid;
                }
                else
                {
                    left = mid + 1;
                }
            }
            for (var p = start; p > left; p--)
            {
                items[p] = items[p - 1];
            }
            items[left] = pivot;
        }
    }
}
