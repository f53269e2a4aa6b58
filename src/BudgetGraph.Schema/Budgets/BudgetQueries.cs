using BudgetGraph.GraphSchema.Budgets;
using BudgetGraph.GraphSchema.Departments;
using BudgetGraph.GraphSchema.Figures;
using BudgetGraph.GraphSchema;
using BudgetGraph.GraphSchema.Shared;
using BudgetGraph.Warehouse;
using BudgetGraph.Warehouse.Marts;
using GreenDonut;
using HotChocolate;
using HotChocolate.Execution.Processing;
using HotChocolate.Language;
using HotChocolate.Resolvers;
using HotChocolate.Types;
using Microsoft.EntityFrameworkCore;

namespace BudgetGraph.GraphSchema.Budgets;

/// <summary><c>Department.budget(year, stage)</c>, <c>Department.budgets</c>, <c>Department.fiscalYears</c>.</summary>
public sealed class DepartmentBudgetFields : ObjectTypeExtension<DepartmentNode>
{
    protected override void Configure(IObjectTypeDescriptor<DepartmentNode> descriptor)
    {
        descriptor.Name("Department").BindFieldsExplicitly();
        descriptor.Field("budget").Type<BudgetType>().Description("The budget of a fiscal year at a stage, or null when no document states that stage.")
            .Arg<NonNullType<IntType>>("year", "The fiscal year, e.g. 2023.")
            .StageArgument()
            .Resolve(async ctx => await BudgetQueries.LoadAsync(ctx, new DepartmentYear(ctx.Parent<DepartmentNode>().Id, ctx.ArgumentValue<int>("year")),
                ctx.Stage(), BudgetQueries.Provenance(ctx)));
        descriptor.Field("budgets").Type<NonNullType<ListType<NonNullType<BudgetType>>>>().Description("The budgets of every year a document covers, oldest first.")
            .Resolve(async ctx =>
            {
                var dept = ctx.Parent<DepartmentNode>();
                var years = await BudgetQueries.YearsAsync(ctx, dept.Id);
                var provenance = BudgetQueries.Provenance(ctx);
                var budgets = await Task.WhenAll(years.Select(y => BudgetQueries.LoadAsync(ctx, new DepartmentYear(dept.Id, y), BudgetStage.Initial, provenance)));
                return budgets.Where(x => x is not null).ToList();
            });
        descriptor.Field("fiscalYears").Type<NonNullType<ListType<NonNullType<IntType>>>>().Description("The fiscal years its documents cover.")
            .Resolve(async ctx => await BudgetQueries.YearsAsync(ctx, ctx.Parent<DepartmentNode>().Id));
    }
}

/// <summary><c>fiscalYears</c>, and loading budgets for other topics.</summary>
public sealed class BudgetQueries : ObjectTypeExtension
{
    protected override void Configure(IObjectTypeDescriptor descriptor)
    {
        descriptor.Name(HotChocolate.Types.OperationTypeNames.Query);
        descriptor.Field("fiscalYears").Type<NonNullType<ListType<NonNullType<FiscalYearType>>>>()
            .Description("The fiscal years the warehouse has figures for (including years only stated as prior-year comparatives), oldest first.")
            .Resolve(async ctx => await DepartmentQueries.Factory(ctx).RunAsync(async (db, ct) =>
                (object)await db.FiscalYears.OrderBy(y => y.Year).Select(y => new FiscalYearNode(y.Year, db.Documents.Count(d => d.Year == y.Year))).ToListAsync(ct),
                ctx.RequestAborted));
    }

    /// <summary>The key of a budget's global id: <c>code:year</c>, with <c>:Stage</c> for a stage other than the initial budget.</summary>
    public static string Key(BudgetNode x) => x.Stage == BudgetStage.Initial ? $"{x.DepartmentCode}:{x.Year}" : $"{x.DepartmentCode}:{x.Year}:{x.Stage}";

    /// <summary>The budget of a global id's key, or null.</summary>
    public static async Task<BudgetNode?> ByIdKeyAsync(IResolverContext ctx, string key)
    {
        var parts = key.Split(':');
        var stage = BudgetStage.Initial;
        if (parts.Length is < 2 or > 3 || !int.TryParse(parts[1], out var year) || (parts.Length == 3 && !Enum.TryParse(parts[2], out stage))
            || await DepartmentQueries.ByCodeAsync(ctx, parts[0]) is not { } dept)
        {
            return null;
        }
        return await LoadAsync(ctx, new DepartmentYear(dept.Id, year), stage, provenance: true);
    }

    /// <summary>The budget of a department-year at a stage, from the figures mart's total, through the loader (batched).</summary>
    public static async Task<BudgetNode?> LoadAsync(IResolverContext ctx, DepartmentYear key, BudgetStage stage, bool provenance) =>
        Node(key, stage, (await ctx.FiguresAsync(FigureKey.Of(key, stage), FigureSet.Total, provenance)).FirstOrDefault());

    /// <summary>The budget of a department-year's total (null: none).</summary>
    public static BudgetNode? Node(DepartmentYear key, BudgetStage stage, Figure? total) => total is null ? null
        : new BudgetNode(key.DepartmentId, total.DepartmentCode, key.Year, stage, total.Total, total.Basic ?? 0, total.Project ?? 0, total.Source);

    /// <summary>
    /// The years of the totals a field listing departments (<paramref name="ctx"/>) reads with its departments: those of
    /// the <c>budget</c> selections below it that the operation compiled to read them (<see cref="ListedBudgetOptimizer"/>).
    /// Empty when there is none.
    /// </summary>
    public static IReadOnlyList<int> ListedTotalYears(IResolverContext ctx)
    {
        if (ctx.Selection.Type.NamedType() is not ObjectType type)
        {
            return [];
        }
        var years = new List<int>();
        foreach (var selection in ctx.Operation.GetSelectionSet(ctx.Selection, type).Selections)
        {
            if (selection.Features.TryGet<ListedBudget>(out var listed) && !years.Contains(listed.Year))
            {
                years.Add(listed.Year);
            }
        }
        return years;
    }

    /// <summary>
    /// The departments of <paramref name="departments"/> (filtered, ordered and sliced), with the totals of
    /// <paramref name="years"/> (<see cref="ListedTotalYears"/>) read in the same statement and handed to the budget fields
    /// below (<see cref="ListedTotals"/>, the field's scoped state), which the operation compiled to read them
    /// synchronously (<see cref="ListedBudgetOptimizer"/>): they neither send a statement of their own nor wait for the
    /// batch dispatcher, and run inline rather than as one scheduled task each (their rounds and tasks cost more than the
    /// statement on a list). The totals are the rows the loader would read (<see cref="FigureReader.KeyedTotal"/>, set
    /// <see cref="FigureSet.Total"/>, no provenance).
    /// </summary>
    public static async Task<List<DepartmentNode>> ListWithTotalsAsync(IResolverContext ctx, WarehouseDbContext db,
        IQueryable<Warehouse.Dimensions.Department> departments, IReadOnlyList<int> years, CancellationToken ct)
    {
        if (years.Count == 0)
        {
            return await departments.Select(DepartmentNode.Projection).ToListAsync(ct);
        }
        const int initial = (int)BudgetStage.Initial;
        var totals = db.BudgetFigures.Where(f => years.Contains(f.Year) && f.StageId == initial && f.Kind == FigureKind.Total);
        // One row per department and year (a LEFT JOIN in the departments' order: no collection to assemble, which cost more
        // than the statement on a long list). The totals' side reads the mart alone and takes the department's code from the
        // listed department: a subquery joining the departments again is read whole (every department's total of the year)
        // before the join on SQLite.
        var rows = await departments.SelectMany(d => totals.Where(f => f.DepartmentId == d.Id).DefaultIfEmpty(),
            FigureReader.Expand((Warehouse.Dimensions.Department d, BudgetFigure? f) => new { Department = d, Total = f == null ? null : FigureReader.KeyedTotal(f, d.Code) }))
            .ToListAsync(ct);
        var listed = new List<DepartmentNode>();
        var seen = new HashSet<int>();
        var found = new Dictionary<FigureKey, Figure>();
        foreach (var row in rows)
        {
            // A department has one row per year with a total (one without a total otherwise); it is listed where it first
            // appears: the list's order.
            if (seen.Add(row.Department.Id))
            {
                listed.Add(DepartmentNode.Of(row.Department));
            }
            if (row.Total is { } total)
            {
                found[total.Key] = total.Row;
            }
        }
        ctx.SetScopedState(ListedTotals.StateKey, new ListedTotals(seen, years, found));
        return listed;
    }

    /// <summary>The fields below a budget that need its total's provenance (a join of the documents).</summary>
    public static readonly string[] SourceFields = ["source"];

    /// <summary>Whether a budget field's selection needs the totals' provenance: any of <see cref="SourceFields"/> below it.</summary>
    public static bool Provenance(IResolverContext ctx) => SelectionInspector.Of(ctx).SelectsAny(SourceFields);

    /// <summary>The fiscal years with a document of a department, oldest first (one statement per batch).</summary>
    public static async Task<int[]> YearsAsync(IResolverContext ctx, int departmentId) =>
        await ctx.DataLoader<FiscalYearsByDepartmentIdDataLoader>().LoadAsync(departmentId, ctx.RequestAborted) ?? [];
}

/// <summary>The fiscal years with a budget or evaluation document, by department id.</summary>
public sealed class FiscalYearsByDepartmentIdDataLoader(IDbContextFactory<WarehouseDbContext> factory, IBatchScheduler scheduler, DataLoaderOptions options)
    : WarehouseDataLoader<int, int[]>(factory, scheduler, options)
{
    protected override async Task<IReadOnlyDictionary<int, int[]>> LoadAsync(WarehouseDbContext db, IReadOnlyList<int> keys, CancellationToken ct)
    {
        var rows = await db.Documents.Where(d => keys.Contains(d.DepartmentId)).Select(d => new { d.DepartmentId, d.Year }).ToListAsync(ct);
        return rows.GroupBy(r => r.DepartmentId).ToDictionary(g => g.Key, g => g.Select(r => r.Year).Distinct().Order().ToArray());
    }
}

/// <summary>
/// The initial-budget totals a department list read with its departments (<see cref="BudgetQueries.ListWithTotalsAsync"/>),
/// for the budget fields below it: what the loader would give for those department-years, an absent total included.
/// </summary>
public sealed class ListedTotals(IReadOnlySet<int> departments, IReadOnlyList<int> years, IReadOnlyDictionary<FigureKey, Figure> totals)
{
    /// <summary>The key of the list field's scoped state.</summary>
    public const string StateKey = "BudgetGraph.ListedTotals";

    /// <summary>Whether <paramref name="key"/> was read (a listed department, a listed year, the initial budget), and its total (null: none).</summary>
    public bool TryGet(FigureKey key, out Figure? total)
    {
        total = totals.GetValueOrDefault(key);
        return key.Stage == BudgetStage.Initial && departments.Contains(key.DepartmentId) && years.Contains(key.Year);
    }
}

/// <summary>
/// A <c>budget</c> selection of a department list compiled to read the total its list read (<see cref="ListedTotals"/>):
/// the selection's feature, set by <see cref="ListedBudgetOptimizer"/> and read by <see cref="BudgetQueries.ListedTotalYears"/>.
/// </summary>
public sealed record ListedBudget(int Year)
{
    /// <summary>
    /// The year whose listed total <paramref name="selection"/> can read, or null. Only <c>budget(year: n)</c> with a literal
    /// year (the initial stage, no variable) and no <c>source</c> below it: a source needs the documents, which the list's
    /// statement does not join (the rule of <see cref="BudgetQueries.Provenance"/>, asked of the compiled selection: a
    /// fragment spread still below it counts as selecting one). A deferred selection is left to the loader too.
    /// </summary>
    public static int? YearOf(Selection selection)
    {
        if (selection.Field.Name != "budget")
        {
            return null;
        }
        int? year = null;
        foreach (var node in selection.SyntaxNodes)
        {
            if (node.DeferUsage is not null || node.Node.Arguments is not [{ Name.Value: "year", Value: IntValueNode literal }])
            {
                return null;
            }
            year = literal.ToInt32();
        }
        return SelectionInspector.Of(selection).SelectsAny(BudgetQueries.SourceFields) ? null : year;
    }

    /// <summary>
    /// The pure resolver of a listed <c>budget</c> selection: the total its list read. The list reads the totals of every
    /// year its listed selections name (<see cref="BudgetQueries.ListedTotalYears"/>), for every department it lists.
    /// </summary>
    public static object? Resolve(IResolverContext ctx)
    {
        var department = ctx.Parent<DepartmentNode>();
        var key = new DepartmentYear(department.Id, ctx.Selection.Features.Get<ListedBudget>()!.Year);
        var listed = ctx.GetScopedStateOrDefault<ListedTotals>(ListedTotals.StateKey);
        if (listed is null || !listed.TryGet(FigureKey.Of(key, BudgetStage.Initial), out var total))
        {
            throw new InvalidOperationException($"The department list did not read the {key.Year} total of {department.Code} that its budget field was compiled to read.");
        }
        return BudgetQueries.Node(key, BudgetStage.Initial, total);
    }
}

/// <summary>
/// The department list's operation compiler step (HotChocolate's <see cref="ISelectionSetOptimizer"/>, on the
/// <c>departments</c> field): each of its departments' <c>budget</c> selections that can read a listed total
/// (<see cref="ListedBudget.YearOf"/>) gets <see cref="ListedBudget.Resolve"/> as its pure resolver and the
/// <see cref="ListedBudget"/> feature that tells the list which years to read. Compiled once per operation (HotChocolate
/// caches it), so a request only looks its features up.
/// </summary>
public sealed class ListedBudgetOptimizer : ISelectionSetOptimizer
{
    /// <summary>The one instance (it holds no state).</summary>
    public static readonly ListedBudgetOptimizer Instance = new();

    /// <inheritdoc />
    public void OptimizeSelectionSet(SelectionSetOptimizerContext context)
    {
        // HotChocolate calls it for the list's selection set and every selection set below it: only the listed
        // departments' own fields read the list's totals.
        if (context.Path.Length != 1 || context.TypeContext.Name != "Department")
        {
            return;
        }
        foreach (var selection in context.Selections)
        {
            if (ListedBudget.YearOf(selection) is { } year)
            {
                context.CreateSelectionFeatures(selection).SetSafe(new ListedBudget(year));
                context.SetResolver(selection, selection.ResolverPipeline, ListedBudget.Resolve);
            }
        }
    }
}
