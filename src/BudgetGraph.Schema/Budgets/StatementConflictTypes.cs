using BudgetGraph.GraphSchema.Budgets;
using BudgetGraph.GraphSchema.Provenance;
using BudgetGraph.GraphSchema.Shared;
using BudgetGraph.Warehouse;
using BudgetGraph.Warehouse.Facts;
using GreenDonut;
using HotChocolate.Types;
using Microsoft.EntityFrameworkCore;

namespace BudgetGraph.GraphSchema.Budgets;

/// <summary>The amounts and source of a stated figure (<c>PriorYearStatement</c> and <c>ConflictingStatement</c>).</summary>
internal static class StatedAmountFields
{
    public static void StatedAmounts(this IObjectTypeDescriptor<StatedFigure> descriptor, bool amountNonNull, string amountDescription)
    {
        descriptor.Amount<StatedFigure>("amount", x => x.AmountYuan, amountNonNull, amountDescription);
        descriptor.Amount<StatedFigure>("laterAmount", x => x.LaterAmountYuan, false, "The later year's amount stated alongside, when stated.");
        descriptor.Amount<StatedFigure>("statedChange", x => x.StatedChangeYuan, false, "The change as stated (later − earlier), when stated.");
        descriptor.Field<StatedFigure, NonNullType<SourceType>>("source", x => x.Source, "The document and lines (`firstLine`–`line`) of the statement.");
    }
}

/// <summary>ConflictingStatement.</summary>
public sealed class ConflictingStatementType : ObjectType<StatedFigure>
{
    protected override void Configure(IObjectTypeDescriptor<StatedFigure> descriptor)
    {
        descriptor.Name("ConflictingStatement").Description("One of the statements of a `StatementConflict`, as printed.").BindFieldsExplicitly();
        descriptor.Field<StatedFigure, NonNullType<StringType>>("printedLabel", x => x.PrintedLabel, "The wording the document prints.");
        descriptor.StatedAmounts(false,
            "The earlier year's amount: as stated, or computed from the statement's own later amount and change (then `source.derived`); null when it states only a change.");
    }
}

/// <summary>StatementConflict.</summary>
public sealed class StatementConflictType : ObjectType<StatementConflictValue>
{
    protected override void Configure(IObjectTypeDescriptor<StatementConflictValue> descriptor)
    {
        descriptor.Name("StatementConflict")
            .Description("Statements of one document about the same figure of an earlier year that disagree (000 states 政府投资项目's change against 2022 as 减少 6,995 万元 at one place and 减少 6,545 万元 at another): both kept, with their sources, never resolved.")
            .BindFieldsExplicitly();
        descriptor.Field<StatementConflictValue, NonNullType<StatementSubjectType>>("subject", x => x.Subject, "What the statements are about.");
        descriptor.Field<StatementConflictValue, NonNullType<StringType>>("label", x => x.Label,
            "The conformed label the statements share (each keeps its printed wording in `printedLabel`).");
        descriptor.Field<StatementConflictValue, NonNullType<IntType>>("year", x => x.Year, "The earlier year the statements are about.");
        descriptor.Field<StatementConflictValue, NonNullType<ListType<NonNullType<ConflictingStatementType>>>>("statements", x => x.Statements,
            "Every statement of the document about it, in printed order: all kept, none chosen.");
    }
}

/// <summary><c>Budget.statementConflicts</c>.</summary>
public sealed class BudgetStatementConflictFields : ObjectTypeExtension<BudgetNode>
{
    protected override void Configure(IObjectTypeDescriptor<BudgetNode> descriptor)
    {
        descriptor.Name("Budget").BindFieldsExplicitly();
        descriptor.Field("statementConflicts").Type<NonNullType<ListType<NonNullType<StatementConflictType>>>>()
            .Description("Statements of this year's document about one figure of an earlier year that disagree (e.g. two different changes against the prior year for one project category): both kept with their sources, never resolved.")
            .Resolve(async ctx =>
            {
                var statements = ctx.RowsAsync<PriorYearStatementsByDepartmentYearDataLoader, StatedFigure>();
                var changes = ctx.RowsAsync<GroupChangesByDepartmentYearDataLoader, StatedFigure>();
                return StatedFigures.Find((await statements).Concat(await changes));
            });
    }
}

/// <summary>The group changes (narrative figures) by the department-year of the stating document.</summary>
public sealed class GroupChangesByDepartmentYearDataLoader(IDbContextFactory<WarehouseDbContext> factory, IBatchScheduler scheduler, DataLoaderOptions options)
    : DocumentRowsDataLoader<NarrativeFigureFact, StatedFigure>(factory, scheduler, options, StatedFigures.GroupChanges, StatedFigures.GroupChange);
