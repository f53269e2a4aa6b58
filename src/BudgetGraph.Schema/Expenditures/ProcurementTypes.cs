using BudgetGraph.GraphSchema.Budgets;
using BudgetGraph.GraphSchema.Expenditures;
using BudgetGraph.GraphSchema.Provenance;
using BudgetGraph.GraphSchema.Shared;
using BudgetGraph.Warehouse;
using BudgetGraph.Warehouse.Facts;
using GreenDonut;
using HotChocolate.Types;
using Microsoft.EntityFrameworkCore;

namespace BudgetGraph.GraphSchema.Expenditures;

/// <summary>Procurement.</summary>
public sealed class ProcurementType : ObjectType<ProcurementValue>
{
    protected override void Configure(IObjectTypeDescriptor<ProcurementValue> descriptor)
    {
        descriptor.Name("Procurement").Description("Government procurement (政府采购项目) of a 支出总表 row.").BindFieldsExplicitly();
        descriptor.Field<ProcurementValue, StringType>("code", x => x.Code, "The functional code; null for the department's total row.");
        descriptor.Field<ProcurementValue, StringType>("name", x => x.Name, "The subject's name.");
        descriptor.Amount<ProcurementValue>("amount", x => x.Total, false, "政府采购项目 小计.");
        descriptor.Amount<ProcurementValue>("smallAndMediumEnterprises", x => x.Sme, false, "其中：面向中小企业政府采购项目.");
        descriptor.Amount<ProcurementValue>("smallAndMicroEnterprises", x => x.Micro, false, "其中：面向小型、微型企业政府采购项目.");
        descriptor.Field<ProcurementValue, NonNullType<SourceType>>("source", x => x.Source, "Where it is printed.");
    }
}

/// <summary><c>Budget.procurement</c>.</summary>
public sealed class BudgetProcurementFields : ObjectTypeExtension<BudgetNode>
{
    protected override void Configure(IObjectTypeDescriptor<BudgetNode> descriptor)
    {
        descriptor.Name("Budget").BindFieldsExplicitly();
        descriptor.Field("procurement").Type<NonNullType<ListType<NonNullType<ProcurementType>>>>()
            .Description("Procurement budgeted in the 支出总表: the department's total row first, then rows by code (empty when the table has no procurement columns). Procurement execution is in `execution.lines`.")
            .Resolve(async ctx => ProcurementValue.InOrder(await ctx.RowsAsync<ProcurementByDepartmentYearDataLoader, ProcurementValue>()));
    }
}

/// <summary>Procurement rows of the 支出总表 by department-year.</summary>
public sealed class ProcurementByDepartmentYearDataLoader(IDbContextFactory<WarehouseDbContext> factory, IBatchScheduler scheduler, DataLoaderOptions options)
    : DocumentRowsDataLoader<FunctionalExpenditureFact, ProcurementValue>(factory, scheduler, options, ProcurementValue.Rows, ProcurementValue.Projection);
