using BudgetGraph.GraphSchema.Budgets;
using BudgetGraph.GraphSchema.Figures;
using BudgetGraph.GraphSchema;
using BudgetGraph.GraphSchema.YearOverYear;
using BudgetGraph.GraphSchema.Compare;
using BudgetGraph.GraphSchema.Departments;
using BudgetGraph.GraphSchema.Provenance;
using BudgetGraph.GraphSchema.Shared;
using BudgetGraph.Warehouse;
using BudgetGraph.Warehouse.Dimensions;
using GreenDonut;
using HotChocolate;
using HotChocolate.Types;
using Microsoft.EntityFrameworkCore;

namespace BudgetGraph.GraphSchema.YearOverYear;

/// <summary>YearOverYear: a department's figures over consecutive years.</summary>
public sealed class YearOverYearType : ObjectType<YearOverYearValue>
{
    protected override void Configure(IObjectTypeDescriptor<YearOverYearValue> descriptor)
    {
        descriptor.Name("YearOverYear").Description("A department's figures over consecutive years.").BindFieldsExplicitly();
        descriptor.Field<YearOverYearValue, NonNullType<DepartmentType>>("department", x => x.Department, "The department.");
        descriptor.Field<YearOverYearValue, NonNullType<ListType<NonNullType<IntType>>>>("years", x => x.Years, "The years covered, oldest first.");
        descriptor.Field<YearOverYearValue, NonNullType<ListType<NonNullType<YearOverYearRowType>>>>("rows", x => x.Rows,
            "The total first, then the subjects by code, then the project categories.");
    }
}

/// <summary>YearOverYearRow.</summary>
public sealed class YearOverYearRowType : ObjectType<YearRow>
{
    protected override void Configure(IObjectTypeDescriptor<YearRow> descriptor)
    {
        descriptor.Name("YearOverYearRow").Description("A figure followed over the years.").BindFieldsExplicitly();
        descriptor.Field<YearRow, NonNullType<YearOverYearRowKindType>>("kind", x => x.Kind, "What the row follows.");
        descriptor.Field<YearRow, StringType>("code", x => x.Code, "The classification code of a SUBJECT row.");
        descriptor.Field<YearRow, NonNullType<StringType>>("name", x => x.Name,
            "The name; for project categories the conformed one (资产配置预算 and 资产配置 are one row; each point's `printedName` keeps its wording).");
        descriptor.Field<YearRow, NonNullType<ListType<NonNullType<YearOverYearPointType>>>>("points", x => x.Points, "One point per year of `years`.");
    }
}

/// <summary>YearOverYearPoint.</summary>
public sealed class YearOverYearPointType : ObjectType<YearPoint>
{
    protected override void Configure(IObjectTypeDescriptor<YearPoint> descriptor)
    {
        descriptor.Name("YearOverYearPoint").Description("One year of a year-over-year row.").BindFieldsExplicitly();
        descriptor.Field<YearPoint, NonNullType<IntType>>("year", x => x.Year, "The year.");
        descriptor.Amount<YearPoint>("amount", x => x.AmountYuan, false, "The amount; null when no document states it.");
        descriptor.Amount<YearPoint>("change", x => x.ChangeYuan, false, "amount − the previous year's amount (null without both).");
        descriptor.Field<YearPoint, FloatType>("percentChange", x => x.PercentChange, "change / the previous year's amount, as a fraction (0.4377 = +43.77%).");
        descriptor.Field<YearPoint, NonNullType<BooleanType>>("statedByLaterDocument", x => x.Source?.StatedByLaterDocument ?? false,
            "True when the amount is a prior-year figure stated by a later year's document.");
        descriptor.Field<YearPoint, SourceType>("source", x => x.Source, "Where the amount is stated.");
        descriptor.Field<YearPoint, StageType>("stage", x => x.Stage, "The stage of the amount (the field's `stage`; prior-year statements are about initial budgets).");
        descriptor.Field<YearPoint, NonNullType<BooleanType>>("comparable", x => x.Comparable,
            "False when the previous year's amount is of another stage: no change is computed across stages.");
        descriptor.Field<YearPoint, StringType>("printedName", x => x.PrintedName,
            "The wording the amount's source prints (the row's `name` is the conformed one); null without an amount.");
        descriptor.Field("conflicts").Type<NonNullType<ListType<NonNullType<StatementConflictType>>>>()
            .Description("Statements of one later document about this year's figure that disagree with each other: both kept with their sources, whichever figure the point shows.")
            .Resolve(async ctx =>
            {
                if (ctx.Parent<YearPoint>() is not { Statements: { } key } point)
                {
                    return (IReadOnlyList<StatementConflictValue>)[];
                }
                var statements = ctx.DataLoader<StatementsByDepartmentIdDataLoader>().LoadAsync(key.DepartmentId, ctx.RequestAborted);
                var changes = ctx.DataLoader<GroupChangesByDepartmentIdDataLoader>().LoadAsync(key.DepartmentId, ctx.RequestAborted);
                return StatedFigures.About((await statements ?? []).Concat(await changes ?? []), key.Subject, key.Label, point.Year);
            });
    }
}

/// <summary>YearOverYearRowKind.</summary>
public sealed class YearOverYearRowKindType : EnumType<YearOverYearRowKind>
{
    protected override void Configure(IEnumTypeDescriptor<YearOverYearRowKind> descriptor) =>
        descriptor.Name("YearOverYearRowKind").Description("What a year-over-year row follows.");
}

/// <summary><c>yearOverYear</c> (the table itself is the shared <see cref="YearOverYearBuilder"/>).</summary>
public sealed class YearOverYearQueries : ObjectTypeExtension
{
    protected override void Configure(IObjectTypeDescriptor descriptor)
    {
        descriptor.Name(OperationTypeNames.Query);
        descriptor.Field("yearOverYear").Type<NonNullType<YearOverYearType>>()
            .Description("A department's total, subjects at a level and project categories over consecutive years, with change and percent change; years only stated as prior-year figures of a later document are included and flagged.")
            .Arg<NonNullType<StringType>>("departmentCode", "The department, e.g. `szdsj`.")
            .Argument("classification", a => a.Type<ClassificationType>().DefaultValue(Classification.Functional).Description("The classification of the subject rows."))
            .Argument("level", a => a.Type<SubjectLevelType>().DefaultValue(SubjectLevel.Class).Description("The level of the subject rows."))
            .Arg<IntType>("fromYear", "The first year (default: the earliest).")
            .Arg<IntType>("toYear", "The last year (default: the latest).")
            .Arg<ListType<NonNullType<YearOverYearRowKindType>>>("kinds", "Only rows of these kinds (all when omitted).")
            .StageArgument()
            .Resolve(async ctx =>
            {
                var dept = (await DepartmentQueries.RequireAsync(ctx, [ctx.ArgumentValue<string>("departmentCode")], "departmentCode"))[0];
                var classification = ctx.ArgumentValue<Classification?>("classification") ?? Classification.Functional;
                var level = ctx.ArgumentValue<SubjectLevel?>("level") ?? SubjectLevel.Class;
                var statements = await ctx.DataLoader<StatementsByDepartmentIdDataLoader>().LoadAsync(dept.Id, ctx.RequestAborted) ?? [];
                var documentYears = await BudgetQueries.YearsAsync(ctx, dept.Id);
                var from = ctx.ArgumentValue<int?>("fromYear") ?? int.MinValue;
                var to = ctx.ArgumentValue<int?>("toYear") ?? int.MaxValue;
                var years = documentYears.Concat(statements.Select(s => s.Year)).Where(y => y >= from && y <= to).Distinct().Order().ToList();
                var keys = years.Select(y => new DepartmentYear(dept.Id, y)).ToList();
                var stage = ctx.Stage();
                var budgets = keys.Select(k => BudgetQueries.LoadAsync(ctx, k, stage, provenance: true)).ToList();
                var subjectLoads = keys.Select(k => CompareQueries.RowsAsync(ctx, k, classification, stage, null, provenance: true)).ToList();
                var projectLoads = keys.Select(k => ctx.FiguresAsync(FigureKey.Of(k, stage), FigureSet.Categories, provenance: true)).ToList();
                var totals = await Task.WhenAll(budgets);
                var subjects = await Task.WhenAll(subjectLoads);
                var projects = await Task.WhenAll(projectLoads);
                return YearOverYearBuilder.Build(dept, years, totals, subjects, projects, statements, stage, level,
                    ctx.ArgumentValue<IReadOnlyList<YearOverYearRowKind>?>("kinds"));
            });
    }
}

/// <summary>The prior-year statements of any document of a department, by department id.</summary>
public sealed class StatementsByDepartmentIdDataLoader(IDbContextFactory<WarehouseDbContext> factory, IBatchScheduler scheduler, DataLoaderOptions options)
    : WarehouseDataLoader<int, IReadOnlyList<StatedFigure>>(factory, scheduler, options)
{
    protected override Task<IReadOnlyDictionary<int, IReadOnlyList<StatedFigure>>> LoadAsync(WarehouseDbContext db, IReadOnlyList<int> keys, CancellationToken ct) =>
        StatedFigures.StatementsByDepartmentAsync(db, keys, ct);
}

/// <summary>The group changes (narrative figures) of any document of a department, by department id.</summary>
public sealed class GroupChangesByDepartmentIdDataLoader(IDbContextFactory<WarehouseDbContext> factory, IBatchScheduler scheduler, DataLoaderOptions options)
    : WarehouseDataLoader<int, IReadOnlyList<StatedFigure>>(factory, scheduler, options)
{
    protected override Task<IReadOnlyDictionary<int, IReadOnlyList<StatedFigure>>> LoadAsync(WarehouseDbContext db, IReadOnlyList<int> keys, CancellationToken ct) =>
        StatedFigures.GroupChangesByDepartmentAsync(db, keys, ct);
}
