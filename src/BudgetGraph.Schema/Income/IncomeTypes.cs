using BudgetGraph.GraphSchema.Budgets;
using BudgetGraph.GraphSchema.Income;
using BudgetGraph.GraphSchema.Provenance;
using BudgetGraph.GraphSchema.Shared;
using BudgetGraph.Warehouse;
using BudgetGraph.Warehouse.Facts;
using GreenDonut;
using HotChocolate.Types;
using Microsoft.EntityFrameworkCore;

namespace BudgetGraph.GraphSchema.Income;

/// <summary>FundSource.</summary>
public sealed class FundSourceType : ObjectType<FundSourceValue>
{
    protected override void Configure(IObjectTypeDescriptor<FundSourceValue> descriptor)
    {
        descriptor.Name("FundSource").Description("A source of funds (资金来源).").BindFieldsExplicitly();
        descriptor.Field<FundSourceValue, NonNullType<StringType>>("code", x => x.Code, "Stable code, e.g. `gpb` for 一般公共预算拨款.");
        descriptor.Field<FundSourceValue, NonNullType<StringType>>("name", x => x.Name, "Published name.");
        descriptor.Field<FundSourceValue, StringType>("parentCode", x => x.ParentCode, "The enclosing source's code (null for 收入总计).");
    }
}

/// <summary>IncomeLine.</summary>
public sealed class IncomeLineType : ObjectType<IncomeLine>
{
    protected override void Configure(IObjectTypeDescriptor<IncomeLine> descriptor)
    {
        descriptor.Name("IncomeLine").Description("Income from one fund source.").BindFieldsExplicitly();
        descriptor.Field<IncomeLine, NonNullType<FundSourceType>>("fundSource", x => x.FundSource, "The fund source.");
        descriptor.Amount<IncomeLine>("amount", x => x.AmountYuan, true, "The amount.");
        descriptor.Field<IncomeLine, NonNullType<SourceType>>("source", x => x.Source, "Where it is printed.");
    }
}

/// <summary><c>Budget.income</c>.</summary>
public sealed class BudgetIncomeFields : ObjectTypeExtension<BudgetNode>
{
    protected override void Configure(IObjectTypeDescriptor<BudgetNode> descriptor)
    {
        descriptor.Name("Budget").BindFieldsExplicitly();
        descriptor.Field("income").Type<NonNullType<ListType<NonNullType<IncomeLineType>>>>()
            .Description("Income by fund source as the budget document prints it (收入总表, else the income side of the 收支总表).")
            .Resolve(async ctx => IncomeLine.PerFundSource(await ctx.RowsAsync<IncomeLinesByDepartmentYearDataLoader, IncomeLine>()));
    }
}

/// <summary>Income lines by department-year.</summary>
public sealed class IncomeLinesByDepartmentYearDataLoader(IDbContextFactory<WarehouseDbContext> factory, IBatchScheduler scheduler, DataLoaderOptions options)
    : DocumentRowsDataLoader<IncomeFact, IncomeLine>(factory, scheduler, options, IncomeLine.OwnRows, IncomeLine.Projection);
