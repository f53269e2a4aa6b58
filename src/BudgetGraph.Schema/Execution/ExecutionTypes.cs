using BudgetGraph.GraphSchema.Budgets;
using BudgetGraph.GraphSchema.Execution;
using BudgetGraph.GraphSchema.Provenance;
using BudgetGraph.GraphSchema.Shared;
using BudgetGraph.Warehouse;
using BudgetGraph.Warehouse.Configurations;
using BudgetGraph.Warehouse.Facts;
using GreenDonut;
using HotChocolate;
using HotChocolate.Types;
using Microsoft.EntityFrameworkCore;

namespace BudgetGraph.GraphSchema.Execution;

/// <summary>Execution: how the budget was executed.</summary>
public sealed class ExecutionType : ObjectType<ExecutionNode>
{
    protected override void Configure(IObjectTypeDescriptor<ExecutionNode> descriptor)
    {
        descriptor.Name("Execution").Description("How the budget was executed, as stated by the performance evaluation report (绩效评价报告).").BindFieldsExplicitly();
        descriptor.StageAmounts(x => x.Total);
        descriptor.Field<ExecutionNode, FloatType>("executionRate", x => x.Total?.RateFraction,
            "Execution rate of the whole budget as a fraction (actual / adjusted; 0.9625 = 96.25%), as published when stated.");
        descriptor.Field<ExecutionNode, NonNullType<ListType<NonNullType<ExecutionLineType>>>>("lines", x => x.Lines,
            "Every measure the report states: whole budget, basic, project, procurement, daily operations, 三公.");
        descriptor.Field<ExecutionNode, SourceType>("source", x => x.Total?.Figures.FirstOrDefault()?.Source, "Where the whole budget's figures are stated.");
    }
}

/// <summary>ExecutionLine: the execution of one measure.</summary>
public sealed class ExecutionLineType : ObjectType<ExecutionLineNode>
{
    protected override void Configure(IObjectTypeDescriptor<ExecutionLineNode> descriptor)
    {
        descriptor.Name("ExecutionLine").Description("Execution of one budget (whole, basic, project, procurement, daily operations).").BindFieldsExplicitly();
        descriptor.Field<ExecutionLineNode, NonNullType<ExecutionMeasureType>>("measure", x => x.Measure, "Which budget.");
        descriptor.StageAmounts(x => x);
        descriptor.Field<ExecutionLineNode, FloatType>("executionRate", x => x.RateFraction,
            "Execution rate as a fraction (0.9625 = 96.25%): as published when stated, else actual / adjusted.");
        descriptor.Field<ExecutionLineNode, NonNullType<BooleanType>>("rateStated", x => x.Rate is not null,
            "Whether the report states the rate (otherwise it is computed from the amounts).");
        descriptor.Field<ExecutionLineNode, NonNullType<ListType<NonNullType<SourceType>>>>("sources",
            x => x.Figures.Select(f => f.Source).Concat(x.Rate is { } r ? [r.Source] : []).ToList(), "Where each figure and the rate are stated.");
    }
}

/// <summary>ExecutionMeasure.</summary>
public sealed class ExecutionMeasureType : EnumType<ExecutionMeasure>
{
    protected override void Configure(IEnumTypeDescriptor<ExecutionMeasure> descriptor) =>
        descriptor.Name("ExecutionMeasure").Description("Which budget an execution figure is about.");
}

/// <summary>The three stage amounts of an execution line.</summary>
internal static class ExecutionAmounts
{
    public static void StageAmounts<T>(this IObjectTypeDescriptor<T> descriptor, Func<T, ExecutionLineNode?> line)
    {
        descriptor.Amount<T>("initialBudget", x => line(x)?.At(ReferenceData.InitialStage)?.AmountYuan, false, "年初预算: the initial budget.");
        descriptor.Amount<T>("adjustedBudget", x => line(x)?.At(ReferenceData.AdjustedStage)?.AmountYuan, false, "调整预算: the adjusted budget.");
        descriptor.Amount<T>("actualExpenditure", x => line(x)?.At(ReferenceData.ActualStage)?.AmountYuan, false, "实际支出: actual expenditure.");
    }
}

/// <summary><c>Budget.execution</c>.</summary>
public sealed class BudgetExecutionFields : ObjectTypeExtension<BudgetNode>
{
    protected override void Configure(IObjectTypeDescriptor<BudgetNode> descriptor)
    {
        descriptor.Name("Budget").BindFieldsExplicitly();
        descriptor.Field("execution").Type<ExecutionType>().Description("Execution of the budget (initial, adjusted, actual), when an evaluation report covers the year.")
            .Resolve(async ctx => await ctx.DataLoader<ExecutionByDepartmentYearDataLoader>().LoadAsync(ctx.Parent<BudgetNode>().Key, ctx.RequestAborted));
    }
}

/// <summary>Execution by department-year (<see cref="ExecutionReader"/>: two statements per batch).</summary>
public sealed class ExecutionByDepartmentYearDataLoader(IDbContextFactory<WarehouseDbContext> factory, IBatchScheduler scheduler, DataLoaderOptions options)
    : WarehouseDataLoader<DepartmentYear, ExecutionNode>(factory, scheduler, options)
{
    protected override Task<IReadOnlyDictionary<DepartmentYear, ExecutionNode>> LoadAsync(WarehouseDbContext db, IReadOnlyList<DepartmentYear> keys, CancellationToken ct) =>
        ExecutionReader.LoadAsync(db, keys, ct);
}
