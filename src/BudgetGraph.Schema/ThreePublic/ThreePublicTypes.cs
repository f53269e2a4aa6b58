using BudgetGraph.GraphSchema.Budgets;
using BudgetGraph.GraphSchema;
using BudgetGraph.GraphSchema.ThreePublic;
using BudgetGraph.GraphSchema.Provenance;
using BudgetGraph.GraphSchema.Shared;
using BudgetGraph.Warehouse;
using BudgetGraph.Warehouse.Facts;
using GreenDonut;
using HotChocolate.Types;
using Microsoft.EntityFrameworkCore;

namespace BudgetGraph.GraphSchema.ThreePublic;

/// <summary>ThreePublicLine.</summary>
public sealed class ThreePublicLineType : ObjectType<ThreePublicLine>
{
    protected override void Configure(IObjectTypeDescriptor<ThreePublicLine> descriptor)
    {
        descriptor.Name("ThreePublicLine")
            .Description("A 三公 expense figure (因公出国(境)费, 公务接待费, 公务用车购置及运行维护费) of one year, stage and budget.").BindFieldsExplicitly();
        descriptor.Field<ThreePublicLine, NonNullType<ThreePublicItemType>>("item", x => x.Item, "The item.");
        descriptor.Field<ThreePublicLine, NonNullType<StringType>>("budget", x => x.Budget, "The budget it belongs to (fund source code: gpb, govfund, soe).");
        descriptor.Field<ThreePublicLine, NonNullType<IntType>>("year", x => x.Year,
            "The year of the figure: the budget's year, or the year before for the table's prior-year column.");
        descriptor.Field<ThreePublicLine, NonNullType<StageType>>("stage", x => (BudgetStage)x.StageId, "Initial budget, adjusted budget or actual.");
        descriptor.Field<ThreePublicLine, NonNullType<BooleanType>>("isChange", x => x.IsChange, "True for the 增减变化金额 row (this year minus the prior year).");
        descriptor.Amount<ThreePublicLine>("amount", x => x.AmountYuan, true, "The amount (negative for a decrease on a change row).");
        descriptor.Field<ThreePublicLine, NonNullType<SourceType>>("source", x => x.Source, "Where it is printed (`statedByLaterDocument` for the prior-year column).");
    }
}

/// <summary>ThreePublicItem.</summary>
public sealed class ThreePublicItemType : EnumType<ThreePublicItem>
{
    protected override void Configure(IEnumTypeDescriptor<ThreePublicItem> descriptor) =>
        descriptor.Name("ThreePublicItem").Description("The items of the 三公 expenses.");
}

/// <summary><c>Budget.threePublic</c>.</summary>
public sealed class BudgetThreePublicFields : ObjectTypeExtension<BudgetNode>
{
    protected override void Configure(IObjectTypeDescriptor<BudgetNode> descriptor)
    {
        descriptor.Name("Budget").BindFieldsExplicitly();
        descriptor.Field("threePublic").Type<NonNullType<ListType<NonNullType<ThreePublicLineType>>>>()
            .Description("The 三公 expenses this year's documents state: the budget, the prior-year column and the change, and (from an evaluation report) adjusted and actual figures.")
            .Resolve(async ctx => await ctx.RowsAsync<ThreePublicLinesByDepartmentYearDataLoader, ThreePublicLine>());
    }
}

/// <summary>三公 lines by department-year.</summary>
public sealed class ThreePublicLinesByDepartmentYearDataLoader(IDbContextFactory<WarehouseDbContext> factory, IBatchScheduler scheduler, DataLoaderOptions options)
    : DocumentRowsDataLoader<ThreePublicFact, ThreePublicLine>(factory, scheduler, options, db => db.ThreePublics, ThreePublicLine.Projection);
