using System.Linq.Expressions;
using BudgetGraph.GraphSchema.Filtering;
using BudgetGraph.GraphSchema.Paging;
using BudgetGraph.GraphSchema.Provenance;
using BudgetGraph.GraphSchema;
using BudgetGraph.Warehouse;
using BudgetGraph.Warehouse.Dimensions;
using BudgetGraph.Warehouse.Facts;
using BudgetGraph.Warehouse.Marts;
using Microsoft.EntityFrameworkCore;

namespace BudgetGraph.GraphSchema.Expenditures;

/// <summary>A published expenditure row by functional or economic classification.</summary>
public sealed record ExpenditureRow(long FactId, Classification Classification, int DepartmentId, int Year, string Code, string Name,
    SubjectLevel Level, long Total, long Basic, long Project, SourceRef Source)
{
    /// <summary>The key in global ids: F or E, then the fact id.</summary>
    public string Key => (Classification == Classification.Functional ? "F" : "E") + FactId;
}

/// <summary>The arguments of <c>expenditures</c> besides the classification and the page, as the engine read them.</summary>
public sealed record ExpenditureArguments(IReadOnlyDictionary<string, object?>? Where, AmountUnit Unit, string? CodePrefix,
    IReadOnlyList<string> IncludeCodes, IReadOnlyList<string> ExcludeCodes, IEnumerable<object?>? Order);

/// <summary>
/// <c>expenditures</c>' statements, for both engines: the fact rows by classification code, filtered (HotChocolate-shaped
/// <c>where</c>, plus a code-path filter), sorted and paged, each page in one SQL statement; and rows by global-id key.
/// </summary>
public static class ExpenditureQuery
{
    /// <summary>The functional rows' filterable and sortable fields; <paramref name="enumType"/> gives the engine's enum handles.</summary>
    public static FilterTranslator<FunctionalExpenditureFact> FunctionalFilters(Func<Type, object> enumType) => Filters<FunctionalExpenditureFact>(enumType,
        f => f.FunctionalSubject!.Code, f => f.FunctionalSubject!.Name, f => f.FunctionalSubject!.Level, f => f.TotalYuan, f => f.BasicYuan, f => f.ProjectYuan);

    /// <summary>The economic rows' filterable and sortable fields (the same names as the functional ones).</summary>
    public static FilterTranslator<EconomicExpenditureFact> EconomicFilters(Func<Type, object> enumType) => Filters<EconomicExpenditureFact>(enumType,
        f => f.EconomicSubject!.Code, f => f.EconomicSubject!.Name, f => f.EconomicSubject!.Level, f => f.TotalYuan, f => f.BasicYuan, f => f.ProjectYuan);

    /// <summary>The fields of <c>ExpenditureFilterInput</c>/<c>ExpenditureSortInput</c> over one fact type.</summary>
    private static FilterTranslator<T> Filters<T>(Func<Type, object> enumType, Expression<Func<T, string>> code, Expression<Func<T, string>> name,
        Expression<Func<T, SubjectLevel>> level, Expression<Func<T, long>> total, Expression<Func<T, long>> basic, Expression<Func<T, long>> project)
        where T : Fact => new("where",
    [
        FilterField.Of<T, string>("departmentCode", f => f.Department!.Code, FilterKind.String, "The department's code."),
        FilterField.Of<T, string>("departmentName", f => f.Department!.Name, FilterKind.String, "The department's name."),
        FilterField.Of<T, DepartmentKind>("departmentKind", f => f.Department!.Kind, FilterKind.Enum, "The department's kind.", enumType(typeof(DepartmentKind))),
        FilterField.Of<T, int>("year", f => f.Year, FilterKind.Int, "The fiscal year."),
        new FilterField("code", code, FilterKind.String, "The classification code."),
        new FilterField("name", name, FilterKind.String, "The subject's published name."),
        new FilterField("level", level, FilterKind.Enum, "The code's level.", enumType(typeof(SubjectLevel))),
        new FilterField("amount", total, FilterKind.Amount, "The total, in the field's `unit`."),
        new FilterField("basicAmount", basic, FilterKind.Amount, "The basic expenditure part, in the field's `unit`."),
        new FilterField("projectAmount", project, FilterKind.Amount, "The project expenditure part, in the field's `unit`."),
    ]);

    /// <summary>A functional row.</summary>
    public static readonly Expression<Func<FunctionalExpenditureFact, ExpenditureRow>> FunctionalProjection =
        SourceProjection.WithSource<FunctionalExpenditureFact, ExpenditureRow>((f, s) => new ExpenditureRow(f.Id, Classification.Functional,
            f.DepartmentId, f.Year, f.FunctionalSubject!.Code, f.FunctionalSubject.Name, f.FunctionalSubject.Level, f.TotalYuan, f.BasicYuan, f.ProjectYuan, s));

    /// <summary>An economic row.</summary>
    public static readonly Expression<Func<EconomicExpenditureFact, ExpenditureRow>> EconomicProjection =
        SourceProjection.WithSource<EconomicExpenditureFact, ExpenditureRow>((f, s) => new ExpenditureRow(f.Id, Classification.Economic,
            f.DepartmentId, f.Year, f.EconomicSubject!.Code, f.EconomicSubject.Name, f.EconomicSubject.Level, f.TotalYuan, f.BasicYuan, f.ProjectYuan, s));

    /// <summary>
    /// The functional 类/款/项 rows the figures mart serves (it chose them: <see cref="BudgetFigures"/>), read from their
    /// facts so that every filter and sort applies to the printed row.
    /// </summary>
    public static IQueryable<FunctionalExpenditureFact> FunctionalRows(WarehouseDbContext db) =>
        db.FunctionalExpenditures.Where(f => db.BudgetFigures.Any(m => m.FactId == f.Id
            && (m.Kind == FigureKind.Class || m.Kind == FigureKind.Section || m.Kind == FigureKind.Item)));

    /// <summary>The economic 类/款 rows the figures mart serves.</summary>
    public static IQueryable<EconomicExpenditureFact> EconomicRows(WarehouseDbContext db) =>
        db.EconomicExpenditures.Where(f => db.BudgetFigures.Any(m => m.FactId == f.Id
            && (m.Kind == FigureKind.EconomicClass || m.Kind == FigureKind.EconomicSection)));

    /// <summary>A page of <paramref name="rows"/> filtered and sorted by <paramref name="arguments"/> (one statement).</summary>
    public static Task<Connection<ExpenditureRow>> PageAsync<T>(IQueryable<T> rows, FilterTranslator<T> filters,
        Expression<Func<T, string>> code, Expression<Func<T, ExpenditureRow>> projection, ExpenditureArguments arguments, PageRequest page, CancellationToken ct) where T : Fact
    {
        if (filters.Where(arguments.Where, arguments.Unit) is { } where)
        {
            rows = rows.Where(where);
        }
        rows = CodePath(rows, code, arguments.CodePrefix is { } prefix ? [prefix] : [], include: true);
        var includeCodes = arguments.IncludeCodes;
        var excludeCodes = arguments.ExcludeCodes;
        FilterConditions.Check(includeCodes.Count, "includeCodes");
        FilterConditions.Check(excludeCodes.Count, "excludeCodes");
        rows = CodePath(rows, code, includeCodes, include: true);
        rows = CodePath(rows, code, excludeCodes, include: false);
        var order = arguments.Order;
        return Pager.PageAsync(rows, (q, reverse) => filters.Order(q, order, f => f.Id, reverse), projection, page, ct);
    }

    /// <summary>
    /// The code-path filter: codes starting with any of <paramref name="prefixes"/> (a code and its
    /// descendants), or, with <paramref name="include"/> false, none of them. No prefixes: no filter.
    /// </summary>
    private static IQueryable<T> CodePath<T>(IQueryable<T> rows, Expression<Func<T, string>> code, IReadOnlyList<string> prefixes, bool include)
    {
        if (prefixes.Count == 0)
        {
            return rows;
        }
        var startsWith = typeof(string).GetMethod(nameof(string.StartsWith), [typeof(string)])!;
        var any = BalancedExpression.Combine([.. prefixes.Select(p => (Expression)Expression.Call(code.Body, startsWith, Expression.Constant(p)))],
            Expression.OrElse)!;
        return rows.Where(Expression.Lambda<Func<T, bool>>(include ? any : Expression.Not(any), code.Parameters));
    }

    /// <summary>Rows by global-id key (<c>F</c> or <c>E</c> and the fact id): at most one statement per classification.</summary>
    public static async Task<IReadOnlyDictionary<string, ExpenditureRow>> ByKeyAsync(WarehouseDbContext db, IReadOnlyList<string> keys, CancellationToken ct)
    {
        long[] Ids(char prefix) => keys.Where(k => k.Length > 1 && k[0] == prefix && long.TryParse(k.AsSpan(1), out _)).Select(k => long.Parse(k.AsSpan(1))).ToArray();
        var f = Ids('F');
        var e = Ids('E');
        var rows = new List<ExpenditureRow>();
        if (f.Length > 0)
        {
            rows.AddRange(await db.FunctionalExpenditures.Where(x => f.Contains(x.Id) && x.FunctionalSubjectId != null).Select(FunctionalProjection).ToListAsync(ct));
        }
        if (e.Length > 0)
        {
            rows.AddRange(await db.EconomicExpenditures.Where(x => e.Contains(x.Id) && x.EconomicSubjectId != null).Select(EconomicProjection).ToListAsync(ct));
        }
        return rows.ToDictionary(r => r.Key);
    }
}
