using System.Linq.Expressions;
using BudgetGraph.Api.Budget.Departments;
using BudgetGraph.Api.Budget.Filtering;
using BudgetGraph.Api.Budget.Paging;
using BudgetGraph.Api.Budget.Provenance;
using BudgetGraph.Api.Budget.Relay;
using BudgetGraph.Api.Budget.Schema;
using BudgetGraph.GraphQL;
using BudgetGraph.GraphQL.Execution;
using BudgetGraph.GraphQL.Types;
using BudgetGraph.Warehouse;
using BudgetGraph.Warehouse.Dimensions;
using BudgetGraph.Warehouse.Facts;
using BudgetGraph.Warehouse.Marts;
using Microsoft.EntityFrameworkCore;
using static BudgetGraph.Api.Budget.Schema.Gql;

namespace BudgetGraph.Api.Budget.Expenditures;

/// <summary>A published expenditure row by functional or economic classification.</summary>
public sealed record ExpenditureRow(long FactId, Classification Classification, int DepartmentId, int Year, string Code, string Name,
    SubjectLevel Level, long Total, long Basic, long Project, SourceRef Source)
{
    /// <summary>The key in global ids: F or E, then the fact id.</summary>
    public string Key => (Classification == Classification.Functional ? "F" : "E") + FactId;
}

/// <summary>
/// <c>expenditures</c>: the fact rows by classification code, filtered (HotChocolate-shaped <c>where</c>, plus a
/// code-path filter), sorted and paged as a cursor connection, each page in one SQL statement.
/// </summary>
internal static class ExpenditureTopic
{
    /// <summary>The fields of <c>ExpenditureFilterInput</c>/<c>ExpenditureSortInput</c> over one fact type.</summary>
    private static FilterTranslator<T> Filters<T>(BudgetTypes t, Expression<Func<T, string>> code, Expression<Func<T, string>> name,
        Expression<Func<T, SubjectLevel>> level, Expression<Func<T, long>> total, Expression<Func<T, long>> basic, Expression<Func<T, long>> project)
        where T : Fact => new("where",
    [
        FilterField.Of<T, string>("departmentCode", f => f.Department!.Code, FilterKind.String, "The department's code."),
        FilterField.Of<T, string>("departmentName", f => f.Department!.Name, FilterKind.String, "The department's name."),
        FilterField.Of<T, DepartmentKind>("departmentKind", f => f.Department!.Kind, FilterKind.Enum, "The department's kind.", t.DepartmentKind),
        FilterField.Of<T, int>("year", f => f.Year, FilterKind.Int, "The fiscal year."),
        new FilterField("code", code, FilterKind.String, "The classification code."),
        new FilterField("name", name, FilterKind.String, "The subject's published name."),
        new FilterField("level", level, FilterKind.Enum, "The code's level.", t.SubjectLevel),
        new FilterField("amount", total, FilterKind.Amount, "The total, in the field's `unit`."),
        new FilterField("basicAmount", basic, FilterKind.Amount, "The basic expenditure part, in the field's `unit`."),
        new FilterField("projectAmount", project, FilterKind.Amount, "The project expenditure part, in the field's `unit`."),
    ]);

    private static readonly Expression<Func<FunctionalExpenditureFact, ExpenditureRow>> FunctionalProjection =
        SourceProjection.WithSource<FunctionalExpenditureFact, ExpenditureRow>((f, s) => new ExpenditureRow(f.Id, Classification.Functional,
            f.DepartmentId, f.Year, f.FunctionalSubject!.Code, f.FunctionalSubject.Name, f.FunctionalSubject.Level, f.TotalYuan, f.BasicYuan, f.ProjectYuan, s));

    private static readonly Expression<Func<EconomicExpenditureFact, ExpenditureRow>> EconomicProjection =
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

    public static void Configure(BudgetTypes t, NodeRegistry nodes)
    {
        var functional = Filters<FunctionalExpenditureFact>(t, f => f.FunctionalSubject!.Code, f => f.FunctionalSubject!.Name,
            f => f.FunctionalSubject!.Level, f => f.TotalYuan, f => f.BasicYuan, f => f.ProjectYuan);
        var economic = Filters<EconomicExpenditureFact>(t, f => f.EconomicSubject!.Code, f => f.EconomicSubject!.Name,
            f => f.EconomicSubject!.Level, f => f.TotalYuan, f => f.BasicYuan, f => f.ProjectYuan);
        var filterInput = FilterInputs.Filter(t, new InputObjectType("ExpenditureFilterInput"), functional.Fields, "Conditions on expenditure rows.");
        var sortInput = FilterInputs.Sort(t, new InputObjectType("ExpenditureSortInput"), functional.Fields, "Sort expenditure rows by one field per list item.");

        var e = t.Expenditure;
        nodes.Register<ExpenditureRow>(t, e, x => x.Key, async (ctx, key) => await ByKeyAsync(ctx, key));
        e.ResolveAsync("department", NonNull(t.Department), ctx => DepartmentTopic.ByIdAsync(ctx, ctx.ParentAs<ExpenditureRow>().DepartmentId), "The department.");
        e.Field<ExpenditureRow>("year", NonNull(Scalars.Int), x => x.Year, "The fiscal year.");
        e.Field<ExpenditureRow>("classification", NonNull(t.Classification), x => x.Classification, "Functional or economic classification.");
        e.Field<ExpenditureRow>("code", NonNull(Scalars.String), x => x.Code, "The classification code.");
        e.Field<ExpenditureRow>("name", NonNull(Scalars.String), x => x.Name, "The subject's published name.");
        e.Field<ExpenditureRow>("level", NonNull(t.SubjectLevel), x => x.Level, "类, 款 or 项.");
        e.Amount<ExpenditureRow>(t, "amount", x => x.Total, true, "支出总计.");
        e.Amount<ExpenditureRow>(t, "basicAmount", x => x.Basic, true, "基本支出.");
        e.Amount<ExpenditureRow>(t, "projectAmount", x => x.Project, true, "项目支出.");
        e.Field<ExpenditureRow>("source", NonNull(t.Source), x => x.Source, "Where the row is printed.");

        var connection = ConnectionTypes.Create<ExpenditureRow>(t, e, "A page of expenditure rows.");
        t.Query.ResolveAsync("expenditures", NonNull(connection), ctx => WarehouseAccess.QueryAsync(ctx, async (db, ct) =>
            {
                var classification = ctx.HasArgument("classification") ? ctx.Argument<Classification>("classification") : Classification.Functional;
                var page = PageRequest.From(ctx);
                return classification == Classification.Economic
                    ? await PageAsync(ctx, EconomicRows(db), economic, f => f.EconomicSubject!.Code, EconomicProjection, page, ct)
                    : await PageAsync(ctx, FunctionalRows(db), functional, f => f.FunctionalSubject!.Code, FunctionalProjection, page, ct);
            }), "Published expenditure rows (one per department-year and code) as a cursor connection: filter with `where` and the code path, sort with `order`. Each page is one SQL statement.")
            .Arg("classification", t.Classification, Classification.Functional, "Functional (支出总表) or economic (一般公共预算支出表（按经济分类）) rows.")
            .Arg("unit", t.AmountUnit, AmountUnit.WanYuan, "The unit of amounts in `where` (returned amounts have their own `unit`).")
            .Arg("where", filterInput, "Conditions, e.g. `{ year: { eq: 2023 }, amount: { gte: 1000 } }`.")
            .Arg("order", InputList(sortInput), "Sort keys, e.g. `[{ amount: DESC }]` (then by row).")
            .Arg("codePrefix", Scalars.String, "Only codes starting with this prefix, e.g. `201` for 201 and everything under it.")
            .Arg("includeCodes", InputList(Scalars.String), "Only these codes and the codes under them.")
            .Arg("excludeCodes", InputList(Scalars.String), "Not these codes nor the codes under them.")
            .PagingArguments();
    }

    private static Task<Connection<ExpenditureRow>> PageAsync<T>(ResolveContext ctx, IQueryable<T> rows, FilterTranslator<T> filters,
        Expression<Func<T, string>> code, Expression<Func<T, ExpenditureRow>> projection, PageRequest page, CancellationToken ct) where T : Fact
    {
        var unit = Amounts.Unit(ctx);
        if (filters.Where(ctx.InputObject("where"), unit) is { } where)
        {
            rows = rows.Where(where);
        }
        rows = CodePath(rows, code, ctx.Opt<string>("codePrefix") is { } prefix ? [prefix] : [], include: true);
        var includeCodes = ctx.Strings("includeCodes");
        var excludeCodes = ctx.Strings("excludeCodes");
        FilterConditions.Check(includeCodes.Count, "includeCodes");
        FilterConditions.Check(excludeCodes.Count, "excludeCodes");
        rows = CodePath(rows, code, includeCodes, include: true);
        rows = CodePath(rows, code, excludeCodes, include: false);
        var order = ctx.Opt<IEnumerable<object?>>("order");
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

    private static Task<ExpenditureRow?> ByKeyAsync(ResolveContext ctx, string key) =>
        WarehouseAccess.LoadAsync<string, ExpenditureRow>(ctx, "expenditure-by-key", key, async (db, keys, ct) =>
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
        });
}
