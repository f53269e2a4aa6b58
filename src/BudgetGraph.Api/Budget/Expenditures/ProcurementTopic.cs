using BudgetGraph.Api.Budget.Budgets;
using BudgetGraph.Api.Budget.Provenance;
using BudgetGraph.Api.Budget.Schema;
using BudgetGraph.GraphQL.Types;
using BudgetGraph.Warehouse.Dimensions;
using BudgetGraph.Warehouse.Facts;
using static BudgetGraph.Api.Budget.Schema.Gql;

namespace BudgetGraph.Api.Budget.Expenditures;

/// <summary><c>Budget.procurement</c>: government procurement (政府采购) budgeted in the 支出总表.</summary>
internal static class ProcurementTopic
{
    public static void Configure(BudgetTypes t)
    {
        var p = new ObjectType("Procurement") { Description = "Government procurement (政府采购项目) of a 支出总表 row." };
        p.Field<ProcurementValue>("code", Scalars.String, x => x.Code, "The functional code; null for the department's total row.");
        p.Field<ProcurementValue>("name", Scalars.String, x => x.Name, "The subject's name.");
        p.Amount<ProcurementValue>(t, "amount", x => x.Total, false, "政府采购项目 小计.");
        p.Amount<ProcurementValue>(t, "smallAndMediumEnterprises", x => x.Sme, false, "其中：面向中小企业政府采购项目.");
        p.Amount<ProcurementValue>(t, "smallAndMicroEnterprises", x => x.Micro, false, "其中：面向小型、微型企业政府采购项目.");
        p.Field<ProcurementValue>("source", NonNull(t.Source), x => x.Source, "Where it is printed.");

        t.Budget.ResolveAsync("procurement", ListOf(p), async ctx =>
        {
            var rows = await DocumentRows.LoadAsync<FunctionalExpenditureFact, ProcurementValue>(ctx, "procurement", ctx.ParentAs<BudgetNode>().Key,
                ProcurementValue.Rows, ProcurementValue.Projection);
            return ProcurementValue.InOrder(rows);
        }, "Procurement budgeted in the 支出总表: the department's total row first, then rows by code (empty when the table has no procurement columns). Procurement execution is in `execution.lines`.");
    }
}
