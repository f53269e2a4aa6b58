using BudgetGraph.Api.Budget.Schema;
using BudgetGraph.GraphQL.Execution;
using BudgetGraph.GraphQL.Types;

namespace BudgetGraph.Api.Budget.Figures;

/// <summary>The <c>stage</c> argument of every field that can serve more than one stage (default: the initial budget).</summary>
internal static class Stages
{
    /// <summary>Adds <c>stage: Stage = INITIAL</c>.</summary>
    public static FieldDefinition StageArgument(this FieldDefinition field, BudgetTypes t) =>
        field.Arg("stage", t.Stage, BudgetStage.Initial,
            "The stage: INITIAL (年初预算, the budget document's, or an evaluation report's for a year without one), ADJUSTED (调整预算) or ACTUAL (实际支出), both from evaluation reports.");

    /// <summary>The field's <c>stage</c> argument.</summary>
    public static BudgetStage Of(ResolveContext ctx) => ctx.OptValue<BudgetStage>("stage") ?? BudgetStage.Initial;
}
