using BudgetGraph.Api.Budget.Budgets;
using BudgetGraph.Api.Budget.Provenance;
using BudgetGraph.Api.Budget.Schema;
using BudgetGraph.GraphQL.Types;
using BudgetGraph.Warehouse.Facts;
using static BudgetGraph.Api.Budget.Schema.Gql;

namespace BudgetGraph.Api.Budget.Narrative;

/// <summary>
/// <c>Budget.narrativeFigures</c> (named figures of the 文字部分: project groups against the prior year, new projects,
/// 第四部分's procurement split, 第八部分's 机关运行经费), <c>Budget.evaluationScore</c> (the report's score) and
/// <c>Budget.evaluationStatements</c> (the report's outputs and outcomes).
/// </summary>
internal static class NarrativeTopic
{
    public static void Configure(BudgetTypes t)
    {
        var kind = EnumOf<NarrativeFigureKind>("NarrativeFigureKind", "What a named figure of a budget's narrative is.", NarrativeFigureKinds.Describe);
        var figure = new ObjectType("NarrativeFigure") { Description = "A named figure stated in a budget's narrative (文字部分), as printed." };
        figure.Field<NarrativeFigureValue>("kind", NonNull(kind), x => x.Kind, "What the figure is.");
        figure.Field<NarrativeFigureValue>("label", NonNull(Scalars.String), x => x.Label,
            "The name as printed, quotation marks kept (深圳市“白名单”数据管理服务（一期）), or the measure's Chinese name.");
        figure.Amount<NarrativeFigureValue>(t, "amount", x => x.AmountYuan, false, "The amount, when stated.");
        figure.Amount<NarrativeFigureValue>(t, "change", x => x.ChangeYuan, false,
            "The stated change against `comparedYear` (negative for 减少), when stated.");
        figure.Field<NarrativeFigureValue>("comparedYear", Scalars.Int, x => x.ComparedYear, "The year the change (or the absence of a budget) is stated against.");
        figure.Field<NarrativeFigureValue>("percent", t.Decimal, x => x.Percent, NarrativeFigureKinds.PercentDescription);
        var comparison = EnumOf<NarrativeComparison>("NarrativeComparison", "What a percentage printed in a budget's narrative compares.", NarrativeFigureKinds.Describe);
        figure.Field<NarrativeFigureValue>("comparison", comparison, x => x.Comparison, NarrativeFigureKinds.ComparisonDescription);
        figure.Field<NarrativeFigureValue>("shareOf", Scalars.String, x => x.ShareOf, NarrativeFigureKinds.ShareOfDescription);
        figure.Field<NarrativeFigureValue>("source", NonNull(t.Source), x => x.Source, "Where it is stated: the part and the lines of the statement.");
        t.Budget.ResolveAsync("narrativeFigures", ListOf(figure), ctx => DocumentRows.LoadAsync<NarrativeFigureFact, NarrativeFigureValue>(ctx,
                "narrative-figures", ctx.ParentAs<BudgetNode>().Key, db => db.Set<NarrativeFigureFact>(),
                NarrativeFigureValue.Projection),
            "The named figures the year's budget states in its narrative, in printed order.");

        var score = new ObjectType("EvaluationScore") { Description = "The closing score of a performance evaluation report (部门整体支出绩效评价评分)." };
        score.Field<EvaluationScoreValue>("score", NonNull(t.Decimal), x => x.ScoreHundredths / 100m, "The score as published, e.g. 97.62.");
        score.Field<EvaluationScoreValue>("grade", NonNull(Scalars.String), x => x.Grade, "The grade as printed (优, 良, 中, 差).");
        score.Field<EvaluationScoreValue>("source", NonNull(t.Source), x => x.Source, "Where it is stated.");
        t.Budget.ResolveAsync("evaluationScore", score, async ctx => (await DocumentRows.LoadAsync<EvaluationScoreFact, EvaluationScoreValue>(ctx,
                "evaluation-score", ctx.ParentAs<BudgetNode>().Key, db => db.Set<EvaluationScoreFact>(),
                EvaluationScoreValue.Projection)).FirstOrDefault(),
            "The score the year's evaluation report closes with, or null when there is no report.");

        var statementKind = EnumOf<EvaluationStatementKind>("EvaluationStatementKind", "What a numbered statement of an evaluation report reports.",
            k => k == EvaluationStatementKind.Output ? "An output: an item of 主要履职情况." : "An outcome: an item of 效果性.");
        var statement = new ObjectType("EvaluationStatement") { Description = "A numbered output or outcome of a performance evaluation report, as printed." };
        statement.Field<EvaluationStatementValue>("kind", NonNull(statementKind), x => x.Kind, "Output or outcome.");
        statement.Field<EvaluationStatementValue>("ordinal", NonNull(Scalars.Int), x => x.Ordinal, "The item's printed number.");
        statement.Field<EvaluationStatementValue>("text", NonNull(Scalars.String), x => x.Text, "The item's text as printed (lines joined, number removed).");
        statement.Field<EvaluationStatementValue>("source", NonNull(t.Source), x => x.Source, "Where it is printed: the lines of the item.");
        t.Budget.ResolveAsync("evaluationStatements", ListOf(statement), ctx => DocumentRows.LoadAsync<EvaluationStatementFact, EvaluationStatementValue>(ctx,
                "evaluation-statements", ctx.ParentAs<BudgetNode>().Key, db => db.Set<EvaluationStatementFact>(),
                EvaluationStatementValue.Projection),
            "The outputs (主要履职情况) and outcomes (效果性) the year's evaluation report states, in printed order.");
    }
}
