using BudgetGraph.Api.Budget.Budgets;
using BudgetGraph.Api.Budget.Provenance;
using BudgetGraph.Api.Budget.Schema;
using BudgetGraph.GraphQL.Types;
using BudgetGraph.Warehouse.Facts;
using static BudgetGraph.Api.Budget.Schema.Gql;

namespace BudgetGraph.Api.Budget.ThreePublic;

/// <summary><c>Budget.threePublic</c>: the 三公 table with its prior-year column, and the evaluation report's actuals.</summary>
internal static class ThreePublicTopic
{
    public static void Configure(BudgetTypes t)
    {
        var line = new ObjectType("ThreePublicLine")
        {
            Description = "A 三公 expense figure (因公出国(境)费, 公务接待费, 公务用车购置及运行维护费) of one year, stage and budget.",
        };
        line.Field<ThreePublicLine>("item", NonNull(t.ThreePublicItem), x => x.Item, "The item.");
        line.Field<ThreePublicLine>("budget", NonNull(Scalars.String), x => x.Budget, "The budget it belongs to (fund source code: gpb, govfund, soe).");
        line.Field<ThreePublicLine>("year", NonNull(Scalars.Int), x => x.Year,
            "The year of the figure: the budget's year, or the year before for the table's prior-year column.");
        line.Field<ThreePublicLine>("stage", NonNull(t.Stage), x => (BudgetStage)x.StageId, "Initial budget, adjusted budget or actual.");
        line.Field<ThreePublicLine>("isChange", NonNull(Scalars.Boolean), x => x.IsChange, "True for the 增减变化金额 row (this year minus the prior year).");
        line.Amount<ThreePublicLine>(t, "amount", x => x.AmountYuan, true, "The amount (negative for a decrease on a change row).");
        line.Field<ThreePublicLine>("source", NonNull(t.Source), x => x.Source, "Where it is printed (`statedByLaterDocument` for the prior-year column).");

        t.Budget.ResolveAsync("threePublic", ListOf(line), ctx => DocumentRows.LoadAsync<ThreePublicFact, ThreePublicLine>(ctx, "three-public",
                ctx.ParentAs<BudgetNode>().Key, db => db.ThreePublics,
                ThreePublicLine.Projection),
            "The 三公 expenses this year's documents state: the budget, the prior-year column and the change, and (from an evaluation report) adjusted and actual figures.");
    }
}
