using System.Linq.Expressions;
using BudgetGraph.Api.Budget.Provenance;
using BudgetGraph.Api.Budget.Schema;
using BudgetGraph.GraphQL.Execution;
using BudgetGraph.GraphQL.Types;
using BudgetGraph.Warehouse;
using BudgetGraph.Warehouse.Facts;
using BudgetGraph.Warehouse.Marts;
using Microsoft.EntityFrameworkCore;
using static BudgetGraph.Api.Budget.Schema.Gql;

namespace BudgetGraph.Api.Budget.Budgets;

/// <summary>
/// Conflicting statements on the old engine (<see cref="StatedFigures"/> holds what is shared with HotChocolate): a
/// document may state one figure twice and differently; both are kept as printed and nothing here picks one.
/// </summary>
internal static class StatementConflicts
{
    /// <summary>The prior-year statements of the documents of a department-year (<c>Budget.priorYearStatements</c>' loader).</summary>
    public static Task<IReadOnlyList<StatedFigure>> PriorYearAsync(ResolveContext ctx, DepartmentYear key) =>
        DocumentRows.LoadAsync(ctx, "prior-year", key, db => db.PriorYearStatements, StatedFigures.Statement);

    /// <summary>Every prior-year statement by any document of a department (one statement for any number of departments).</summary>
    public static Task<IReadOnlyList<StatedFigure>?> ByDepartmentAsync(ResolveContext ctx, int departmentId) =>
        WarehouseAccess.LoadAsync<int, IReadOnlyList<StatedFigure>>(ctx, "statements-by-department", departmentId, StatedFigures.StatementsByDepartmentAsync);

    /// <summary>The conflicts about one thing's figure of one year, stated by any document of the department (<paramref name="label"/> null: any label of the subject).</summary>
    public static async Task<IReadOnlyList<StatementConflictValue>> AboutAsync(ResolveContext ctx, int departmentId, StatementSubject subject, string? label, int year)
    {
        var statements = ByDepartmentAsync(ctx, departmentId);
        var changes = WarehouseAccess.LoadAsync<int, IReadOnlyList<StatedFigure>>(ctx, "group-changes-by-department", departmentId,
            StatedFigures.GroupChangesByDepartmentAsync);
        return StatedFigures.About((await statements ?? []).Concat(await changes ?? []), subject, label, year);
    }

    /// <summary>The amounts and source of a statement (<c>PriorYearStatement</c> and <c>ConflictingStatement</c>).</summary>
    public static void StatedAmounts(ObjectType type, BudgetTypes t, bool amountNonNull, string amountDescription)
    {
        type.Amount<StatedFigure>(t, "amount", x => x.AmountYuan, amountNonNull, amountDescription);
        type.Amount<StatedFigure>(t, "laterAmount", x => x.LaterAmountYuan, false, "The later year's amount stated alongside, when stated.");
        type.Amount<StatedFigure>(t, "statedChange", x => x.StatedChangeYuan, false, "The change as stated (later − earlier), when stated.");
        type.Field<StatedFigure>("source", NonNull(t.Source), x => x.Source, "The document and lines (`firstLine`–`line`) of the statement.");
    }

    public static void Configure(BudgetTypes t)
    {
        var statement = new ObjectType("ConflictingStatement") { Description = "One of the statements of a `StatementConflict`, as printed." };
        statement.Field<StatedFigure>("printedLabel", NonNull(Scalars.String), x => x.PrintedLabel, "The wording the document prints.");
        StatedAmounts(statement, t, false,
            "The earlier year's amount: as stated, or computed from the statement's own later amount and change (then `source.derived`); null when it states only a change.");

        t.StatementConflict.Field<StatementConflictValue>("subject", NonNull(t.StatementSubject), x => x.Subject, "What the statements are about.");
        t.StatementConflict.Field<StatementConflictValue>("label", NonNull(Scalars.String), x => x.Label,
            "The conformed label the statements share (each keeps its printed wording in `printedLabel`).");
        t.StatementConflict.Field<StatementConflictValue>("year", NonNull(Scalars.Int), x => x.Year, "The earlier year the statements are about.");
        t.StatementConflict.Field<StatementConflictValue>("statements", ListOf(statement), x => x.Statements,
            "Every statement of the document about it, in printed order: all kept, none chosen.");

        t.Budget.ResolveAsync("statementConflicts", ListOf(t.StatementConflict), async ctx =>
            {
                var key = ctx.ParentAs<BudgetNode>().Key;
                var statements = PriorYearAsync(ctx, key);
                var changes = DocumentRows.LoadAsync(ctx, "group-changes", key, StatedFigures.GroupChanges, StatedFigures.GroupChange);
                return StatedFigures.Find((await statements).Concat(await changes));
            },
            "Statements of this year's document about one figure of an earlier year that disagree (e.g. two different changes against the prior year for one project category): both kept with their sources, never resolved.");
    }
}
