using BudgetGraph.Api.Budget.Budgets;
using BudgetGraph.Api.Budget.Provenance;
using BudgetGraph.Api.Budget.Schema;
using BudgetGraph.GraphQL.Types;
using BudgetGraph.Warehouse.Dimensions;
using BudgetGraph.Warehouse.Facts;
using static BudgetGraph.Api.Budget.Schema.Gql;

namespace BudgetGraph.Api.Budget.Income;

/// <summary><c>Budget.income</c>: income by fund source (收入总表, else the 收支总表's income side).</summary>
internal static class IncomeTopic
{
    public static void Configure(BudgetTypes t)
    {
        var fund = new ObjectType("FundSource") { Description = "A source of funds (资金来源)." };
        fund.Field<FundSourceValue>("code", NonNull(Scalars.String), x => x.Code, "Stable code, e.g. `gpb` for 一般公共预算拨款.");
        fund.Field<FundSourceValue>("name", NonNull(Scalars.String), x => x.Name, "Published name.");
        fund.Field<FundSourceValue>("parentCode", Scalars.String, x => x.ParentCode, "The enclosing source's code (null for 收入总计).");
        t.FundSource = fund;

        var line = new ObjectType("IncomeLine") { Description = "Income from one fund source." };
        line.Field<IncomeLine>("fundSource", NonNull(fund), x => x.FundSource, "The fund source.");
        line.Amount<IncomeLine>(t, "amount", x => x.AmountYuan, true, "The amount.");
        line.Field<IncomeLine>("source", NonNull(t.Source), x => x.Source, "Where it is printed.");

        t.Budget.ResolveAsync("income", ListOf(line), async ctx =>
        {
            var rows = await DocumentRows.LoadAsync<IncomeFact, IncomeLine>(ctx, "income", ctx.ParentAs<BudgetNode>().Key, IncomeLine.OwnRows, IncomeLine.Projection);
            return IncomeLine.PerFundSource(rows);
        }, "Income by fund source as the budget document prints it (收入总表, else the income side of the 收支总表).");
    }
}
