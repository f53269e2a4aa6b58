using BudgetGraph.Api.Budget.Breakdown;
using BudgetGraph.Api.Budget.Figures;
using BudgetGraph.Api.Budget.Provenance;
using BudgetGraph.Api.Budget.Schema;
using BudgetGraph.GraphQL.Types;
using BudgetGraph.Warehouse.Marts;
using static BudgetGraph.Api.Budget.Schema.Gql;

namespace BudgetGraph.Api.Budget.Budgets;

/// <summary>
/// <c>Budget.projectCategories</c> (项目支出 by category with the narrative's line items) and
/// <c>Budget.priorYearStatements</c> (figures of earlier years stated by this year's document).
/// </summary>
internal static class ProjectTopic
{
    public static void Configure(BudgetTypes t)
    {
        var item = t.LineItem;
        item.Field<Figure>("name", NonNull(Scalars.String), x => x.Name, "The item as named in the narrative.");
        item.Field<Figure>("conformedName", NonNull(Scalars.String), x => ConformedLabels.Conform(LabelKind.Project, x.Name),
            "The name conformed across wordings (a prior-year statement naming the item in another wording has the same `conformedLabel`).");
        item.Amount<Figure>(t, "amount", x => x.Total, true, "Its budget.");
        item.Field<Figure>("source", NonNull(t.Source), x => x.Source, "The sentence that names it.");

        var category = t.ProjectCategory;
        category.Field<CategoryValue>("name", NonNull(Scalars.String), x => x.Category.Name, "The category as printed, e.g. 政务综合管理.");
        category.Field<CategoryValue>("conformedName", NonNull(Scalars.String), x => ConformedLabels.Conform(LabelKind.ProjectCategory, x.Category.Name),
            "The name conformed across wordings (资产配置预算 → 资产配置): what year over year and prior-year statements match on.");
        category.Field<CategoryValue>("itemCode", Scalars.String, x => x.ItemCode, "The 项 it is spent under.");
        category.Field<CategoryValue>("itemLinkDerived", NonNull(Scalars.Boolean), x => x.Category.Link != Warehouse.Dimensions.ItemLinkMethod.Stated,
            "True when the document does not state the 项 and the importer derived the link.");
        category.Amount<CategoryValue>(t, "amount", x => x.Category.Total, true, "Its budget (项目支出总表, else the narrative).");
        category.Field<CategoryValue>("lineItems", ListOf(item), x => x.LineItems,
            "The line items the narrative names (the main ones: they need not add up to the category; see `breakdown` for the residual).");
        category.Field<CategoryValue>("source", NonNull(t.Source), x => x.Category.Source, "Where the category's amount is printed.");

        t.Budget.ResolveAsync("projectCategories", ListOf(category), async ctx =>
            await BreakdownData.ProjectsAsync(ctx, ctx.ParentAs<BudgetNode>().Key), "Project expenditure by category (项目支出类别) with the line items the narrative names.");

        var statement = new ObjectType("PriorYearStatement")
        {
            Description = "A figure of an earlier year stated in this year's narrative (\"比 2022 年增加 28,709 万元\", \"预算由 12,000 万元减少至 7,000 万元\").",
        };
        statement.Field<StatedFigure>("subject", NonNull(t.StatementSubject), x => x.Subject, "What it is about.");
        statement.Field<StatedFigure>("label", NonNull(Scalars.String), x => x.PrintedLabel, "The project, category or measure named, as printed.");
        statement.Field<StatedFigure>("conformedLabel", NonNull(Scalars.String), x => x.Label,
            "The label conformed across wordings (资产配置预算 → 资产配置): the name of the year-over-year row it fills.");
        statement.Field<StatedFigure>("year", NonNull(Scalars.Int), x => x.Year, "The earlier year the amount is about.");
        StatementConflicts.StatedAmounts(statement, t, true,
            "The earlier year's amount (computed from the stated change when only the change is stated: then `source.derived`).");
        t.Budget.ResolveAsync("priorYearStatements", ListOf(statement), async ctx => await StatementConflicts.PriorYearAsync(ctx, ctx.ParentAs<BudgetNode>().Key),
            "Figures of earlier years this year's document states (each as printed; see `statementConflicts` for statements that disagree).");
    }
}
