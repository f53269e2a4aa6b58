using BudgetGraph.GraphSchema.Budgets;
using BudgetGraph.GraphSchema.Narrative;
using BudgetGraph.GraphSchema.Provenance;
using BudgetGraph.GraphSchema.Shared;
using BudgetGraph.Warehouse;
using BudgetGraph.Warehouse.Facts;
using GreenDonut;
using HotChocolate.Types;
using Microsoft.EntityFrameworkCore;

namespace BudgetGraph.GraphSchema.Narrative;

/// <summary>NarrativeFigure.</summary>
public sealed class NarrativeFigureType : ObjectType<NarrativeFigureValue>
{
    protected override void Configure(IObjectTypeDescriptor<NarrativeFigureValue> descriptor)
    {
        descriptor.Name("NarrativeFigure").Description("A named figure stated in a budget's narrative (文字部分), as printed.").BindFieldsExplicitly();
        descriptor.Field<NarrativeFigureValue, NonNullType<NarrativeFigureKindType>>("kind", x => x.Kind, "What the figure is.");
        descriptor.Field<NarrativeFigureValue, NonNullType<StringType>>("label", x => x.Label,
            "The name as printed, quotation marks kept (深圳市“白名单”数据管理服务（一期）), or the measure's Chinese name.");
        descriptor.Amount<NarrativeFigureValue>("amount", x => x.AmountYuan, false, "The amount, when stated.");
        descriptor.Amount<NarrativeFigureValue>("change", x => x.ChangeYuan, false, "The stated change against `comparedYear` (negative for 减少), when stated.");
        descriptor.Field<NarrativeFigureValue, IntType>("comparedYear", x => x.ComparedYear, "The year the change (or the absence of a budget) is stated against.");
        descriptor.Field<NarrativeFigureValue, DecimalScalar>("percent", x => x.Percent, NarrativeFigureKinds.PercentDescription);
        descriptor.Field<NarrativeFigureValue, NarrativeComparisonType>("comparison", x => x.Comparison, NarrativeFigureKinds.ComparisonDescription);
        descriptor.Field<NarrativeFigureValue, StringType>("shareOf", x => x.ShareOf, NarrativeFigureKinds.ShareOfDescription);
        descriptor.Field<NarrativeFigureValue, NonNullType<SourceType>>("source", x => x.Source, "Where it is stated: the part and the lines of the statement.");
    }
}

/// <summary>NarrativeComparison.</summary>
public sealed class NarrativeComparisonType : EnumType<NarrativeComparison>
{
    protected override void Configure(IEnumTypeDescriptor<NarrativeComparison> descriptor)
    {
        descriptor.Name("NarrativeComparison").Description("What a percentage printed in a budget's narrative compares.");
        foreach (var comparison in Enum.GetValues<NarrativeComparison>())
        {
            descriptor.Value(comparison).Description(NarrativeFigureKinds.Describe(comparison));
        }
    }
}

/// <summary>NarrativeFigureKind.</summary>
public sealed class NarrativeFigureKindType : EnumType<NarrativeFigureKind>
{
    protected override void Configure(IEnumTypeDescriptor<NarrativeFigureKind> descriptor)
    {
        descriptor.Name("NarrativeFigureKind").Description("What a named figure of a budget's narrative is.");
        // Declared in the enum's order (HotChocolate keeps the order of declaration).
        foreach (var kind in Enum.GetValues<NarrativeFigureKind>())
        {
            descriptor.Value(kind).Description(NarrativeFigureKinds.Describe(kind));
        }
    }
}

/// <summary>EvaluationScore.</summary>
public sealed class EvaluationScoreType : ObjectType<EvaluationScoreValue>
{
    protected override void Configure(IObjectTypeDescriptor<EvaluationScoreValue> descriptor)
    {
        descriptor.Name("EvaluationScore").Description("The closing score of a performance evaluation report (部门整体支出绩效评价评分).").BindFieldsExplicitly();
        descriptor.Field<EvaluationScoreValue, NonNullType<DecimalScalar>>("score", x => x.ScoreHundredths / 100m, "The score as published, e.g. 97.62.");
        descriptor.Field<EvaluationScoreValue, NonNullType<StringType>>("grade", x => x.Grade, "The grade as printed (优, 良, 中, 差).");
        descriptor.Field<EvaluationScoreValue, NonNullType<SourceType>>("source", x => x.Source, "Where it is stated.");
    }
}

/// <summary>EvaluationStatement.</summary>
public sealed class EvaluationStatementType : ObjectType<EvaluationStatementValue>
{
    protected override void Configure(IObjectTypeDescriptor<EvaluationStatementValue> descriptor)
    {
        descriptor.Name("EvaluationStatement").Description("A numbered output or outcome of a performance evaluation report, as printed.").BindFieldsExplicitly();
        descriptor.Field<EvaluationStatementValue, NonNullType<EvaluationStatementKindType>>("kind", x => x.Kind, "Output or outcome.");
        descriptor.Field<EvaluationStatementValue, NonNullType<IntType>>("ordinal", x => x.Ordinal, "The item's printed number.");
        descriptor.Field<EvaluationStatementValue, NonNullType<StringType>>("text", x => x.Text, "The item's text as printed (lines joined, number removed).");
        descriptor.Field<EvaluationStatementValue, NonNullType<SourceType>>("source", x => x.Source, "Where it is printed: the lines of the item.");
    }
}

/// <summary>EvaluationStatementKind.</summary>
public sealed class EvaluationStatementKindType : EnumType<EvaluationStatementKind>
{
    protected override void Configure(IEnumTypeDescriptor<EvaluationStatementKind> descriptor)
    {
        descriptor.Name("EvaluationStatementKind").Description("What a numbered statement of an evaluation report reports.");
        descriptor.Value(EvaluationStatementKind.Output).Description("An output: an item of 主要履职情况.");
        descriptor.Value(EvaluationStatementKind.Outcome).Description("An outcome: an item of 效果性.");
    }
}

/// <summary><c>Budget.narrativeFigures</c>, <c>Budget.evaluationScore</c>, <c>Budget.evaluationStatements</c>.</summary>
public sealed class BudgetNarrativeFields : ObjectTypeExtension<BudgetNode>
{
    protected override void Configure(IObjectTypeDescriptor<BudgetNode> descriptor)
    {
        descriptor.Name("Budget").BindFieldsExplicitly();
        descriptor.Field("narrativeFigures").Type<NonNullType<ListType<NonNullType<NarrativeFigureType>>>>()
            .Description("The named figures the year's budget states in its narrative, in printed order.")
            .Resolve(async ctx => await ctx.RowsAsync<NarrativeFiguresByDepartmentYearDataLoader, NarrativeFigureValue>());
        descriptor.Field("evaluationScore").Type<EvaluationScoreType>()
            .Description("The score the year's evaluation report closes with, or null when there is no report.")
            .Resolve(async ctx => (await ctx.RowsAsync<EvaluationScoresByDepartmentYearDataLoader, EvaluationScoreValue>()).FirstOrDefault());
        descriptor.Field("evaluationStatements").Type<NonNullType<ListType<NonNullType<EvaluationStatementType>>>>()
            .Description("The outputs (主要履职情况) and outcomes (效果性) the year's evaluation report states, in printed order.")
            .Resolve(async ctx => await ctx.RowsAsync<EvaluationStatementsByDepartmentYearDataLoader, EvaluationStatementValue>());
    }
}

/// <summary>Narrative figures by department-year.</summary>
public sealed class NarrativeFiguresByDepartmentYearDataLoader(IDbContextFactory<WarehouseDbContext> factory, IBatchScheduler scheduler, DataLoaderOptions options)
    : DocumentRowsDataLoader<NarrativeFigureFact, NarrativeFigureValue>(factory, scheduler, options, db => db.Set<NarrativeFigureFact>(), NarrativeFigureValue.Projection);

/// <summary>Evaluation scores by department-year.</summary>
public sealed class EvaluationScoresByDepartmentYearDataLoader(IDbContextFactory<WarehouseDbContext> factory, IBatchScheduler scheduler, DataLoaderOptions options)
    : DocumentRowsDataLoader<EvaluationScoreFact, EvaluationScoreValue>(factory, scheduler, options, db => db.Set<EvaluationScoreFact>(), EvaluationScoreValue.Projection);

/// <summary>Evaluation statements by department-year.</summary>
public sealed class EvaluationStatementsByDepartmentYearDataLoader(IDbContextFactory<WarehouseDbContext> factory, IBatchScheduler scheduler, DataLoaderOptions options)
    : DocumentRowsDataLoader<EvaluationStatementFact, EvaluationStatementValue>(factory, scheduler, options, db => db.Set<EvaluationStatementFact>(), EvaluationStatementValue.Projection);
