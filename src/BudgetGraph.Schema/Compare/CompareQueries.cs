using BudgetGraph.GraphSchema.Budgets;
using BudgetGraph.GraphSchema.Compare;
using BudgetGraph.GraphSchema.Figures;
using BudgetGraph.GraphSchema;
using BudgetGraph.GraphSchema.Departments;
using BudgetGraph.GraphSchema.Filtering;
using BudgetGraph.GraphSchema.Shared;
using BudgetGraph.Warehouse.Dimensions;
using HotChocolate.Resolvers;
using HotChocolate.Types;

namespace BudgetGraph.GraphSchema.Compare;

/// <summary><c>compare</c>: departments side by side (the comparison itself is the shared <see cref="ComparisonBuilder"/>).</summary>
public sealed class CompareQueries : ObjectTypeExtension
{
    protected override void Configure(IObjectTypeDescriptor descriptor)
    {
        descriptor.Name(OperationTypeNames.Query);
        descriptor.Field("compare").Type<NonNullType<ComparisonType>>()
            .Description("Departments side by side by classification code at a level, with shares of each department's total, ranks and differences.")
            .Arg<NonNullType<IntType>>("year", "The fiscal year.")
            .Arg<NonNullType<ListType<NonNullType<StringType>>>>("departmentCodes", "The departments, e.g. `[\"szdsj\", \"psqzsj\"]`.")
            .Argument("level", a => a.Type<SubjectLevelType>().DefaultValue(SubjectLevel.Class).Description("类, 款 or 项."))
            .Argument("classification", a => a.Type<ClassificationType>().DefaultValue(Classification.Functional)
                .Description("FUNCTIONAL (支出总表, all funds) or ECONOMIC (一般公共预算支出表（按经济分类）, the general budget)."))
            .Arg<StringType>("differenceFrom", "A compared department's code: each cell's `difference` is against it.")
            .Arg<ListType<NonNullType<ComparisonSortInput>>>("order", "Row order (by code when not given).")
            .StageArgument()
            .Resolve(async ctx =>
            {
                var year = ctx.ArgumentValue<int>("year");
                var codes = ctx.ArgumentValue<IReadOnlyList<string>>("departmentCodes");
                var departments = await DepartmentQueries.RequireAsync(ctx, codes);
                var level = ctx.ArgumentValue<SubjectLevel?>("level") ?? SubjectLevel.Class;
                var classification = ctx.ArgumentValue<Classification?>("classification") ?? Classification.Functional;
                var reference = ctx.ArgumentValue<string?>("differenceFrom");
                ComparisonBuilder.Check(classification, level, reference, codes);
                var stage = ctx.Stage();
                // Provenance (a join of the documents) only when a source is selected.
                var provenance = SelectionInspector.Of(ctx).SelectsAny(["source"]);
                // A root field with every department-year at once: read now, one statement.
                var rows = await ctx.FiguresNowAsync([.. departments.Select(d => FigureKey.Of(new DepartmentYear(d.Id, year), stage))],
                    SetOf(classification, level), provenance);
                return ComparisonBuilder.Build(departments, rows, level, reference, ctx.Order());
            });
    }

    /// <summary>
    /// The figures of a department-year at a stage by classification (the total first for the functional one): only the
    /// total and the requested level's rows when the level is 类.
    /// </summary>
    public static Task<IReadOnlyList<Figure>> RowsAsync(IResolverContext ctx, DepartmentYear key, Classification classification, BudgetStage stage,
        SubjectLevel? level, bool provenance) =>
        ctx.FiguresAsync(FigureKey.Of(key, stage), SetOf(classification, level), provenance);

    private static FigureSet SetOf(Classification classification, SubjectLevel? level) => classification == Classification.Economic ? FigureSet.Economic
        : level == SubjectLevel.Class ? FigureSet.FunctionalClasses : FigureSet.Functional;
}
