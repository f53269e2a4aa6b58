using BudgetGraph.GraphSchema.Breakdown;
using BudgetGraph.GraphSchema.Budgets;
using BudgetGraph.GraphSchema.Figures;
using BudgetGraph.GraphSchema;
using BudgetGraph.GraphSchema.Provenance;
using BudgetGraph.GraphSchema.Shared;
using BudgetGraph.Warehouse;
using BudgetGraph.Warehouse.Dimensions;
using BudgetGraph.Warehouse.Facts;
using BudgetGraph.Warehouse.Marts;
using GreenDonut;
using HotChocolate.Types;
using Microsoft.EntityFrameworkCore;

namespace BudgetGraph.GraphSchema.Budgets;

/// <summary>ProjectCategory.</summary>
public sealed class ProjectCategoryType : ObjectType<CategoryValue>
{
    protected override void Configure(IObjectTypeDescriptor<CategoryValue> descriptor)
    {
        descriptor.Name("ProjectCategory").Description("A project category (项目支出类别) of a department-year.").BindFieldsExplicitly();
        descriptor.Field<CategoryValue, NonNullType<StringType>>("name", x => x.Category.Name, "The category as printed, e.g. 政务综合管理.");
        descriptor.Field<CategoryValue, NonNullType<StringType>>("conformedName", x => ConformedLabels.Conform(LabelKind.ProjectCategory, x.Category.Name),
            "The name conformed across wordings (资产配置预算 → 资产配置): what year over year and prior-year statements match on.");
        descriptor.Field<CategoryValue, StringType>("itemCode", x => x.ItemCode, "The 项 it is spent under.");
        descriptor.Field<CategoryValue, NonNullType<BooleanType>>("itemLinkDerived", x => x.Category.Link != ItemLinkMethod.Stated,
            "True when the document does not state the 项 and the importer derived the link.");
        descriptor.Amount<CategoryValue>("amount", x => x.Category.Total, true, "Its budget (项目支出总表, else the narrative).");
        descriptor.Field<CategoryValue, NonNullType<ListType<NonNullType<LineItemType>>>>("lineItems", x => x.LineItems,
            "The line items the narrative names (the main ones: they need not add up to the category; see `breakdown` for the residual).");
        descriptor.Field<CategoryValue, NonNullType<SourceType>>("source", x => x.Category.Source, "Where the category's amount is printed.");
    }
}

/// <summary>LineItem.</summary>
public sealed class LineItemType : ObjectType<Figure>
{
    protected override void Configure(IObjectTypeDescriptor<Figure> descriptor)
    {
        descriptor.Name("LineItem").Description("A named line item of a project category (第三部分's \"主要包括\").").BindFieldsExplicitly();
        descriptor.Field<Figure, NonNullType<StringType>>("name", x => x.Name, "The item as named in the narrative.");
        descriptor.Field<Figure, NonNullType<StringType>>("conformedName", x => ConformedLabels.Conform(LabelKind.Project, x.Name),
            "The name conformed across wordings (a prior-year statement naming the item in another wording has the same `conformedLabel`).");
        descriptor.Amount<Figure>("amount", x => x.Total, true, "Its budget.");
        descriptor.Field<Figure, NonNullType<SourceType>>("source", x => x.Source, "The sentence that names it.");
    }
}

/// <summary>PriorYearStatement.</summary>
public sealed class PriorYearStatementType : ObjectType<StatedFigure>
{
    protected override void Configure(IObjectTypeDescriptor<StatedFigure> descriptor)
    {
        descriptor.Name("PriorYearStatement")
            .Description("A figure of an earlier year stated in this year's narrative (\"比 2022 年增加 28,709 万元\", \"预算由 12,000 万元减少至 7,000 万元\").")
            .BindFieldsExplicitly();
        descriptor.Field<StatedFigure, NonNullType<StatementSubjectType>>("subject", x => x.Subject, "What it is about.");
        descriptor.Field<StatedFigure, NonNullType<StringType>>("label", x => x.PrintedLabel, "The project, category or measure named, as printed.");
        descriptor.Field<StatedFigure, NonNullType<StringType>>("conformedLabel", x => x.Label,
            "The label conformed across wordings (资产配置预算 → 资产配置): the name of the year-over-year row it fills.");
        descriptor.Field<StatedFigure, NonNullType<IntType>>("year", x => x.Year, "The earlier year the amount is about.");
        descriptor.StatedAmounts(true,
            "The earlier year's amount (computed from the stated change when only the change is stated: then `source.derived`).");
    }
}

/// <summary>StatementSubject.</summary>
public sealed class StatementSubjectType : EnumType<StatementSubject>
{
    protected override void Configure(IEnumTypeDescriptor<StatementSubject> descriptor) =>
        descriptor.Name("StatementSubject").Description("What a prior-year statement is about.");
}

/// <summary><c>Budget.projectCategories</c> and <c>Budget.priorYearStatements</c>.</summary>
public sealed class BudgetProjectFields : ObjectTypeExtension<BudgetNode>
{
    protected override void Configure(IObjectTypeDescriptor<BudgetNode> descriptor)
    {
        descriptor.Name("Budget").BindFieldsExplicitly();
        descriptor.Field("projectCategories").Type<NonNullType<ListType<NonNullType<ProjectCategoryType>>>>()
            .Description("Project expenditure by category (项目支出类别) with the line items the narrative names.")
            .Resolve(async ctx =>
            {
                var rows = await ctx.FiguresAsync(FigureKey.Of(ctx.Parent<BudgetNode>().Key, BudgetStage.Initial), FigureSet.Projects, provenance: true);
                return CategoryValue.Of(rows);
            });
        descriptor.Field("priorYearStatements").Type<NonNullType<ListType<NonNullType<PriorYearStatementType>>>>()
            .Description("Figures of earlier years this year's document states (each as printed; see `statementConflicts` for statements that disagree).")
            .Resolve(async ctx => await ctx.RowsAsync<PriorYearStatementsByDepartmentYearDataLoader, StatedFigure>());
    }
}

/// <summary>Prior-year statements by the department-year of the stating document.</summary>
public sealed class PriorYearStatementsByDepartmentYearDataLoader(IDbContextFactory<WarehouseDbContext> factory, IBatchScheduler scheduler, DataLoaderOptions options)
    : DocumentRowsDataLoader<PriorYearStatementFact, StatedFigure>(factory, scheduler, options, db => db.PriorYearStatements, StatedFigures.Statement);
