using BudgetGraph.Api.Budget.Budgets;
using BudgetGraph.Api.Budget.Provenance;
using BudgetGraph.Api.Budget.Schema;
using BudgetGraph.GraphQL.Types;
using BudgetGraph.Warehouse.Dimensions;
using BudgetGraph.Warehouse.Facts;
using static BudgetGraph.Api.Budget.Schema.Gql;

namespace BudgetGraph.Api.Budget.Income;

/// <summary>A fund source (资金来源) of the fixed tree 收入总计 → 本年收入 → 政府预算拨款 → ….</summary>
public sealed record FundSourceValue(string Code, string Name, string? ParentCode);

/// <summary>Income of one fund source as printed.</summary>
public sealed record IncomeLine(FundSourceValue FundSource, Schedule Schedule, long AmountYuan, SourceRef Source);

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
            // The department's own rows of 收入总表 and 收支总表 (rows by subject or by unit, and 财政拨款收支总表's, are listed elsewhere).
            var rows = await DocumentRows.LoadAsync<IncomeFact, IncomeLine>(ctx, "income", ctx.ParentAs<BudgetNode>().Key,
                db => db.Incomes.Where(f => f.UnitId == null && f.FunctionalSubjectId == null && (f.Schedule == Schedule.Income || f.Schedule == Schedule.Summary)),
                (f, s) => new IncomeLine(new FundSourceValue(f.FundSource!.Code, f.FundSource.Name, f.FundSource.Parent!.Code), f.Schedule, f.AmountYuan, s));
            // One line per fund source: the 收入总表 when printed, else the 收支总表.
            return rows.Where(r => r.Source.FactYear == r.Source.DocumentYear)
                .GroupBy(r => r.FundSource.Code)
                .Select(g => g.OrderBy(r => r.Schedule == Schedule.Income ? 0 : 1).First())
                .ToList();
        }, "Income by fund source as the budget document prints it (收入总表, else the income side of the 收支总表).");
    }
}
