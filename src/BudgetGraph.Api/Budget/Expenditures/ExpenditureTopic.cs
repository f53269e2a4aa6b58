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

/// <summary>
/// <c>expenditures</c>: the fact rows by classification code, filtered (HotChocolate-shaped <c>where</c>, plus a
/// code-path filter), sorted and paged as a cursor connection, each page in one SQL statement.
/// </summary>
internal static class ExpenditureTopic
{
    /// <summary>The functional rows the figures mart serves (see <see cref="ExpenditureQuery.FunctionalRows"/>).</summary>
    public static IQueryable<FunctionalExpenditureFact> FunctionalRows(WarehouseDbContext db) => ExpenditureQuery.FunctionalRows(db);

    public static void Configure(BudgetTypes t, NodeRegistry nodes)
    {
        object EnumType(Type clr) => clr == typeof(DepartmentKind) ? t.DepartmentKind : t.SubjectLevel;
        var functional = ExpenditureQuery.FunctionalFilters(EnumType);
        var economic = ExpenditureQuery.EconomicFilters(EnumType);
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
                var arguments = new ExpenditureArguments(ctx.InputObject("where"), Amounts.Unit(ctx), ctx.Opt<string>("codePrefix"),
                    ctx.Strings("includeCodes"), ctx.Strings("excludeCodes"), ctx.Opt<IEnumerable<object?>>("order"));
                return classification == Classification.Economic
                    ? await ExpenditureQuery.PageAsync(ExpenditureQuery.EconomicRows(db), economic, f => f.EconomicSubject!.Code, ExpenditureQuery.EconomicProjection, arguments, page, ct)
                    : await ExpenditureQuery.PageAsync(ExpenditureQuery.FunctionalRows(db), functional, f => f.FunctionalSubject!.Code, ExpenditureQuery.FunctionalProjection, arguments, page, ct);
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

    private static Task<ExpenditureRow?> ByKeyAsync(ResolveContext ctx, string key) =>
        WarehouseAccess.LoadAsync<string, ExpenditureRow>(ctx, "expenditure-by-key", key,
            ExpenditureQuery.ByKeyAsync);
}
