using BudgetGraph.Api.Budget.Breakdown;
using BudgetGraph.Api.Budget.Budgets;
using BudgetGraph.Api.Budget.Departments;
using BudgetGraph.Api.Budget.Figures;
using BudgetGraph.Api.Budget.Filtering;
using BudgetGraph.Api.Budget.Schema;
using BudgetGraph.GraphQL;
using BudgetGraph.GraphQL.Execution;
using BudgetGraph.GraphQL.Types;
using BudgetGraph.Warehouse.Dimensions;
using BudgetGraph.Warehouse.Marts;
using static BudgetGraph.Api.Budget.Schema.Gql;

namespace BudgetGraph.Api.Budget.Compare;

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
/// <c>compare</c>: departments side by side at 类/款/项 (functional) or 类/款 (economic): amount, share of the
/// department's total, rank among the departments, difference against a chosen department; sortable by code,
/// name or any department's amount.
/// </summary>
internal static class CompareTopic
{
    /// <summary>
    /// The figures of a department-year at a stage by classification (the total first for the functional one): the
    /// figures mart's rows, only the total and the requested level's rows when a level is given.
    /// </summary>
    public static Task<IReadOnlyList<Figure>> RowsAsync(ResolveContext ctx, DepartmentYear key, Classification classification, BudgetStage stage,
        SubjectLevel? level = null, bool provenance = true) =>
        FigureRows.LoadAsync(ctx, FigureKey.Of(key, stage), classification == Classification.Economic ? FigureSet.Economic
            : level == SubjectLevel.Class ? FigureSet.FunctionalClasses : FigureSet.Functional, provenance);

    public static void Configure(BudgetTypes t)
    {
        var cell = t.ComparisonCell;
        cell.Field<ComparisonCellValue>("departmentCode", NonNull(Scalars.String), x => x.DepartmentCode, "The department.");
        cell.Amount<ComparisonCellValue>(t, "amount", x => x.Amount, false, "The department's amount for the code; null when it has none.");
        cell.Amount<ComparisonCellValue>(t, "basicAmount", x => x.Row?.Basic, false, "Its basic expenditure part.");
        cell.Amount<ComparisonCellValue>(t, "projectAmount", x => x.Row?.Project, false, "Its project expenditure part.");
        cell.Field<ComparisonCellValue>("share", Scalars.Float, x => x.Amount is { } a ? BreakdownTopic.Share(a, x.DepartmentTotal) : null,
            "amount / the department's total (of the same table) as a fraction.");
        cell.Field<ComparisonCellValue>("rank", Scalars.Int, x => x.Rank, "1 for the largest amount among the compared departments; null without an amount.");
        cell.Amount<ComparisonCellValue>(t, "difference", x => x.Difference, false,
            "amount − the `differenceFrom` department's amount (a missing amount counts as 0); null without `differenceFrom`.");
        cell.Field<ComparisonCellValue>("source", t.Source, x => x.Row?.Source, "Where the amount is printed.");

        var row = t.ComparisonRow;
        row.Field<ComparisonRowValue>("code", NonNull(Scalars.String), x => x.Code, "The classification code.");
        row.Field<ComparisonRowValue>("name", NonNull(Scalars.String), x => x.Name, "The published name.");
        row.Field<ComparisonRowValue>("cells", ListOf(cell), x => x.Cells, "One cell per department, in the order of `departmentCodes`.");

        var total = t.ComparisonTotal;
        total.Field<ComparisonTotalValue>("departmentCode", NonNull(Scalars.String), x => x.DepartmentCode, "The department.");
        total.Field<ComparisonTotalValue>("departmentName", NonNull(Scalars.String), x => x.DepartmentName, "Its name.");
        total.Amount<ComparisonTotalValue>(t, "amount", x => x.Row?.Total, false, "Its total in the compared table (the share denominator).");
        total.Field<ComparisonTotalValue>("source", t.Source, x => x.Row?.Source, "Where the total is printed.");

        var c = t.Comparison;
        c.Field<ComparisonValue>("rows", ListOf(row), x => x.Rows, "The codes at the requested level that any compared department has.");
        c.Field<ComparisonValue>("totals", ListOf(total), x => x.Totals, "Each department's total.");

        var sort = new InputObjectType("ComparisonSortInput") { Description = "Sort comparison rows by code, by name, or by one department's amount (`{ department: \"szdsj\", amount: DESC }`)." }
            .Input("code", t.SortEnumType, "By code.")
            .Input("name", t.SortEnumType, "By name.")
            .Input("department", Scalars.String, "The department whose column `amount` sorts by.")
            .Input("amount", t.SortEnumType, "By the amount of `department` (rows where it has none sort last).");

        t.Query.ResolveAsync("compare", NonNull(c), async ctx =>
            {
                var year = ctx.Argument<int>("year");
                var codes = ctx.Strings("departmentCodes");
                var departments = await DepartmentTopic.RequireAsync(ctx, codes);
                var level = ctx.HasArgument("level") ? ctx.Argument<SubjectLevel>("level") : SubjectLevel.Class;
                var classification = ctx.HasArgument("classification") ? ctx.Argument<Classification>("classification") : Classification.Functional;
                if (classification == Classification.Economic && level == SubjectLevel.Item)
                {
                    throw new GraphQLException("The economic classification has no ITEM level (支出经济分类 has 类 and 款): use CLASS or SECTION.");
                }
                var reference = ctx.Opt<string>("differenceFrom");
                if (reference is not null && !codes.Contains(reference))
                {
                    throw new GraphQLException($"\"differenceFrom\" must be one of the compared departments ({string.Join(", ", codes)}), got \"{reference}\".");
                }
                var stage = Stages.Of(ctx);
                // Provenance (a join of the documents) only when a source is selected.
                var provenance = ctx.Selection.SelectsAny(["source"]);
                var rows = await Task.WhenAll(departments.Select(d => RowsAsync(ctx, new DepartmentYear(d.Id, year), classification, stage, level, provenance)));
                return Build(departments, rows, level, reference, ctx.Opt<IEnumerable<object?>>("order"));
            }, "Departments side by side by classification code at a level, with shares of each department's total, ranks and differences.")
            .Arg("year", NonNull(Scalars.Int), "The fiscal year.")
            .Arg("departmentCodes", ListOf(Scalars.String), "The departments, e.g. `[\"szdsj\", \"psqzsj\"]`.")
            .Arg("level", t.SubjectLevel, SubjectLevel.Class, "类, 款 or 项.")
            .Arg("classification", t.Classification, Classification.Functional,
                "FUNCTIONAL (支出总表, all funds) or ECONOMIC (一般公共预算支出表（按经济分类）, the general budget).")
            .Arg("differenceFrom", Scalars.String, "A compared department's code: each cell's `difference` is against it.")
            .Arg("order", InputList(sort), "Row order (by code when not given).")
            .StageArgument(t);
    }

    private static ComparisonValue Build(IReadOnlyList<DepartmentNode> departments, IReadOnlyList<Figure>[] rows, SubjectLevel level,
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
                           ?? throw new GraphQLException("Sorting comparison rows by \"amount\" needs \"department\": the code of the column to sort by.");
                var index = departments.ToList().FindIndex(d => d.Code == dept);
                if (index < 0)
                {
                    throw new GraphQLException($"Cannot sort by department \"{dept}\": it is not one of the compared departments.");
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
