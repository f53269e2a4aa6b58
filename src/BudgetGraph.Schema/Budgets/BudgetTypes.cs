using BudgetGraph.GraphSchema.Budgets;
using BudgetGraph.GraphSchema;
using BudgetGraph.GraphSchema.Departments;
using BudgetGraph.GraphSchema.Provenance;
using BudgetGraph.GraphSchema.Relay;
using BudgetGraph.GraphSchema.Shared;
using HotChocolate;
using HotChocolate.Types;

namespace BudgetGraph.GraphSchema.Budgets;

/// <summary>Budget: a department's budget for one fiscal year (at a stage).</summary>
public sealed class BudgetType : ObjectType<BudgetNode>
{
    protected override void Configure(IObjectTypeDescriptor<BudgetNode> descriptor)
    {
        descriptor.Name("Budget").Description("A department's budget for one fiscal year.").BindFieldsExplicitly();
        descriptor.ImplementsNode("Budget", BudgetQueries.Key);
        descriptor.Field<BudgetNode, NonNullType<IntType>>("year", x => x.Year, "The fiscal year.");
        descriptor.Field<BudgetNode, NonNullType<StageType>>("stage", x => x.Stage, "The stage of these totals: INITIAL (年初预算), ADJUSTED or ACTUAL.");
        descriptor.Field("department").Type<NonNullType<DepartmentType>>().Description("The department.")
            .Resolve(async ctx => await ctx.DataLoader<DepartmentByIdDataLoader>().LoadAsync(ctx.Parent<BudgetNode>().DepartmentId, ctx.RequestAborted));
        descriptor.Amount<BudgetNode>("totalExpenditure", x => x.TotalYuan, true, "Total expenditure (支出总计) at the budget's stage.");
        descriptor.Amount<BudgetNode>("basicExpenditure", x => x.BasicYuan, true, "Basic expenditure (基本支出): staff and running costs.");
        descriptor.Amount<BudgetNode>("projectExpenditure", x => x.ProjectYuan, true, "Project expenditure (项目支出).");
        descriptor.Field<BudgetNode, NonNullType<SourceType>>("source", x => x.Source
            ?? throw new InvalidOperationException("The budget was loaded without provenance for a selection that has a source."), "Where the totals are printed.");
    }
}

/// <summary>FiscalYear.</summary>
public sealed class FiscalYearType : ObjectType<FiscalYearNode>
{
    protected override void Configure(IObjectTypeDescriptor<FiscalYearNode> descriptor)
    {
        descriptor.Name("FiscalYear").Description("A fiscal year with published figures.").BindFieldsExplicitly();
        descriptor.Field<FiscalYearNode, NonNullType<IntType>>("year", x => x.Year, "The year.");
        descriptor.Field<FiscalYearNode, NonNullType<IntType>>("documentCount", x => x.Documents, "How many imported documents are about it.");
    }
}
