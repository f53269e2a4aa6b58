using BudgetGraph.GraphSchema.Departments;
using BudgetGraph.GraphSchema.Figures;
using BudgetGraph.GraphSchema.Filtering;
using BudgetGraph.GraphSchema;
using BudgetGraph.Warehouse.Dimensions;
using BudgetGraph.Warehouse.Marts;

namespace BudgetGraph.GraphSchema.Compare;

/// <summary>One department's figure in a comparison row.</summary>
public sealed record ComparisonCellValue(string DepartmentCode, Figure? Row, long? DepartmentTotal, int? Rank, long? Difference)
{
    /// <summary>The amount, null when the department has no row for the code.</summary>
    public long? Amount => Row?.Total;
}

/// <summary>A code across departments.</summary>
public sealed record ComparisonRowValue(string Code, string Name, IReadOnlyList<ComparisonCellValue> Cells);

/// <summary>A compared department's total.</summary>
public sealed record ComparisonTotalValue(string DepartmentCode, string DepartmentName, Figure? Row);

/// <summary>The comparison.</summary>
public sealed record ComparisonValue(IReadOnlyList<ComparisonRowValue> Rows, IReadOnlyList<ComparisonTotalValue> Totals);

/// <summary>
/// The comparison of departments from their figures (the engines only read arguments and load the figures): the codes
/// at a level any department has, one cell per department with its share, rank and difference, rows sorted.
/// </summary>
public static class ComparisonBuilder
{
    /// <summary>Refuses arguments that cannot make a comparison.</summary>
    public static void Check(Classification classification, SubjectLevel level, string? reference, IReadOnlyList<string> codes)
    {
        if (classification == Classification.Economic && level == SubjectLevel.Item)
        {
            throw new QueryInputException("The economic classification has no ITEM level (支出经济分类 has 类 and 款): use CLASS or SECTION.");
        }
        if (reference is not null && !codes.Contains(reference))
        {
            throw new QueryInputException($"\"differenceFrom\" must be one of the compared departments ({string.Join(", ", codes)}), got \"{reference}\".");
        }
    }

    /// <summary>The comparison of <paramref name="departments"/> from their figures (<paramref name="rows"/>, in the same order).</summary>
    public static ComparisonValue Build(IReadOnlyList<DepartmentNode> departments, IReadOnlyList<Figure>[] rows, SubjectLevel level,
        string? reference, IEnumerable<object?>? order)
    {
        var codes = rows.SelectMany(r => r).Where(r => r.Level == level && r.Code is not null)
            .GroupBy(r => r.Code!).Select(g => (Code: g.Key, Name: g.First().Name!)).ToList();
        var totals = departments.Select((d, i) => new ComparisonTotalValue(d.Code, d.Name, rows[i].FirstOrDefault(r => r.Kind is FigureKind.Total or FigureKind.EconomicTotal))).ToList();
        var refIndex = reference is null ? -1 : departments.ToList().FindIndex(d => d.Code == reference);
        var result = new List<ComparisonRowValue>();
        foreach (var (code, name) in codes)
        {
            var found = rows.Select(r => r.FirstOrDefault(x => x.Code == code)).ToList();
            var amounts = found.Select(f => f?.Total).ToList();
            // Rank = 1 + the number of larger amounts (ties share a rank): one sort per code, then a binary search
            // per cell, instead of counting over every department for every cell (O(n log n), not O(n²)).
            var descending = amounts.OfType<long>().OrderDescending().ToArray();
            var cells = departments.Select((d, i) => new ComparisonCellValue(d.Code, found[i], totals[i].Row?.Total,
                amounts[i] is { } a ? 1 + CountGreater(descending, a) : null,
                refIndex < 0 ? null : (amounts[i] ?? 0) - (amounts[refIndex] ?? 0))).ToList();
            result.Add(new ComparisonRowValue(code, name, cells));
        }
        return new ComparisonValue(Sort(result, departments, order), totals);
    }

    /// <summary>How many values of a descending array are greater than <paramref name="value"/>.</summary>
    private static int CountGreater(long[] descending, long value)
    {
        int lo = 0, hi = descending.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (descending[mid] > value) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    private static List<ComparisonRowValue> Sort(List<ComparisonRowValue> rows, IReadOnlyList<DepartmentNode> departments, IEnumerable<object?>? order)
    {
        IOrderedEnumerable<ComparisonRowValue>? sorted = null;
        foreach (var key in (order ?? []).OfType<IReadOnlyDictionary<string, object?>>())
        {
            if (key.GetValueOrDefault("code") is SortDirection codeDir)
            {
                sorted = Then(sorted, rows, r => r.Code, codeDir);
            }
            if (key.GetValueOrDefault("name") is SortDirection nameDir)
            {
                sorted = Then(sorted, rows, r => r.Name, nameDir);
            }
            if (key.GetValueOrDefault("amount") is SortDirection amountDir)
            {
                var dept = key.GetValueOrDefault("department") as string
                           ?? throw new QueryInputException("Sorting comparison rows by \"amount\" needs \"department\": the code of the column to sort by.");
                var index = departments.ToList().FindIndex(d => d.Code == dept);
                if (index < 0)
                {
                    throw new QueryInputException($"Cannot sort by department \"{dept}\": it is not one of the compared departments.");
                }
                // Rows without an amount sort last in either direction.
                sorted = Then(sorted, rows, r => r.Cells[index].Amount is null ? 1 : 0, SortDirection.Asc);
                sorted = sorted.ThenBy(r => r.Cells[index].Amount ?? 0, amountDir == SortDirection.Desc ? Comparer<long>.Create((a, b) => b.CompareTo(a)) : Comparer<long>.Default);
            }
        }
        return (sorted?.ThenBy(r => r.Code, StringComparer.Ordinal) ?? rows.OrderBy(r => r.Code, StringComparer.Ordinal)).ToList();
    }

    private static IOrderedEnumerable<ComparisonRowValue> Then<TKey>(IOrderedEnumerable<ComparisonRowValue>? sorted, List<ComparisonRowValue> rows,
        Func<ComparisonRowValue, TKey> key, SortDirection direction) =>
        (sorted, direction) switch
        {
            (null, SortDirection.Asc) => rows.OrderBy(key),
            (null, _) => rows.OrderByDescending(key),
            (_, SortDirection.Asc) => sorted.ThenBy(key),
            _ => sorted.ThenByDescending(key),
        };
}
