using BudgetGraph.GraphSchema.Shared;
using System.Linq.Expressions;
using BudgetGraph.GraphSchema;
using BudgetGraph.Warehouse;
using BudgetGraph.Warehouse.Dimensions;
using BudgetGraph.Warehouse.Marts;
using Microsoft.EntityFrameworkCore;

namespace BudgetGraph.GraphSchema.Aggregate;

/// <summary>A group of figures summed by the database: the grouped dimensions set, the others null.</summary>
public sealed record FigureGroup(int? DepartmentId, string? DepartmentCode, DepartmentKind? Kind, int? Year, string? Code, string? EconomicCode,
    string? ProjectCategory, int? StageId, long Total, long Basic, int MissingBasic, long Project, int MissingProject, int RowCount);

/// <summary>
/// The rows aggregate sums, all from the figures mart: one kind of node (department totals, functional or economic
/// rows at a level, project categories) with how each of aggregate's row members reads from it.
/// </summary>
/// <param name="Rows">The mart's rows of the family (kind and stage applied).</param>
/// <param name="Code">The functional code at the level (for categories: their 项's, cut to the level).</param>
/// <param name="EconomicCode">The economic code.</param>
/// <param name="ProjectCategory">The category's conformed name (<see cref="ConformedLabels"/>).</param>
/// <param name="Derived">Whether a group of these rows adds up rows below the group's grain (a `where` on codes without grouping by them).</param>
/// <param name="Published">Whether the rows are the published department totals.</param>
internal sealed record FigureFamily(IQueryable<BudgetFigure> Rows, Expression<Func<BudgetFigure, string?>> Code,
    Expression<Func<BudgetFigure, string?>> EconomicCode, Expression<Func<BudgetFigure, string?>> ProjectCategory, bool Derived, bool Published = false)
{
    private static readonly Expression<Func<BudgetFigure, string?>> None = f => null;

    /// <summary><c>f => ConformedLabels.CategoryName(f.Name)</c>, inlined so the database computes it.</summary>
    private static readonly Expression<Func<BudgetFigure, string?>> ConformedCategoryName = OfName(ConformedLabels.CategoryName);

    private static Expression<Func<BudgetFigure, string?>> OfName(Expression<Func<string, string>> rule)
    {
        var f = Expression.Parameter(typeof(BudgetFigure), "f");
        return Expression.Lambda<Func<BudgetFigure, string?>>(Lambdas.Inline(rule, Expression.Property(f, nameof(BudgetFigure.Name))), f);
    }

    /// <summary>
    /// The family for the dimensions: economic rows with ECONOMIC_SUBJECT, categories with PROJECT_CATEGORY, functional
    /// rows at the level with FUNCTIONAL_SUBJECT or a row condition on codes, else the published department totals
    /// (never re-added from their rows). Every stage with STAGE, else <paramref name="stage"/>.
    /// </summary>
    public static FigureFamily For(WarehouseDbContext db, IReadOnlyCollection<AggregateDimension> dims, SubjectLevel level, BudgetStage stage, bool filtersCodes)
    {
        bool Has(AggregateDimension d) => dims.Contains(d);
        var families = new[] { Has(AggregateDimension.EconomicSubject), Has(AggregateDimension.ProjectCategory), Has(AggregateDimension.Stage) }.Count(x => x);
        if (families > 1 || (Has(AggregateDimension.FunctionalSubject) && (Has(AggregateDimension.EconomicSubject) || Has(AggregateDimension.Stage))))
        {
            throw new QueryInputException("aggregate cannot group by these dimensions together: ECONOMIC_SUBJECT, PROJECT_CATEGORY and STAGE each use their own rows " +
                                       "(only PROJECT_CATEGORY combines with FUNCTIONAL_SUBJECT, through the 项 each category is spent under).");
        }
        var allStages = Has(AggregateDimension.Stage);
        var stageId = (int)stage;
        // One kind by equality (a parameter), not a list: the covering index's first column is the kind.
        IQueryable<BudgetFigure> Of(FigureKind kind) =>
            db.BudgetFigures.Where(f => f.Kind == kind && (allStages || f.StageId == stageId));
        var codeDimension = Has(AggregateDimension.FunctionalSubject);
        if (Has(AggregateDimension.EconomicSubject))
        {
            if (level == SubjectLevel.Item)
            {
                throw new QueryInputException("The economic classification has no ITEM level (支出经济分类 has 类 and 款): use CLASS or SECTION.");
            }
            return new FigureFamily(Of(level == SubjectLevel.Class ? FigureKind.EconomicClass : FigureKind.EconomicSection), None, f => f.Code, None, false);
        }
        if (Has(AggregateDimension.ProjectCategory))
        {
            var length = level switch { SubjectLevel.Class => 3, SubjectLevel.Section => 5, _ => 7 };
            // Grouped by conformed name (资产配置预算 and 资产配置 are one category); each figure keeps its printed name.
            return new FigureFamily(Of(FigureKind.ProjectCategory), f => f.ParentPath == null ? null : f.ParentPath.Substring(0, length), None,
                ConformedCategoryName, false);
        }
        if (codeDimension || filtersCodes)
        {
            var kind = level switch { SubjectLevel.Class => FigureKind.Class, SubjectLevel.Section => FigureKind.Section, _ => FigureKind.Item };
            return new FigureFamily(Of(kind), f => f.Code, None, None, !codeDimension);
        }
        return new FigureFamily(Of(FigureKind.Total), None, None, None, false, true);
    }

    /// <summary>Every row of the family as aggregate sees it, streamed.</summary>
    public IAsyncEnumerable<AggregateRow> Stream()
    {
        var f = Expression.Parameter(typeof(BudgetFigure), "f");
        Expression<Func<BudgetFigure, string?, string?, string?, AggregateRow>> row = (x, code, economic, category) => new AggregateRow(x.DepartmentId,
            x.Department!.Code, x.Department.Kind, x.Year, (BudgetStage)x.StageId, code, economic, category, x.TotalYuan, x.BasicYuan, x.ProjectYuan);
        var body = Lambdas.Inline(row, f, Lambdas.Inline(Code, f), Lambdas.Inline(EconomicCode, f), Lambdas.Inline(ProjectCategory, f));
        return Rows.Select(Expression.Lambda<Func<BudgetFigure, AggregateRow>>(body, f)).AsAsyncEnumerable();
    }

    /// <summary>
    /// aggregate's row filter rewritten over the family's columns, for the database to apply. Null when the filter
    /// matches text (contains, startsWith, endsWith): SQLite's LIKE ignores ASCII case where .NET does not, so such
    /// filters run in memory. Equality, IN and number comparisons mean the same in SQL and in memory.
    /// </summary>
    public Expression<Func<BudgetFigure, bool>>? Translate(Expression<Func<AggregateRow, bool>> where)
    {
        var f = Expression.Parameter(typeof(BudgetFigure), "f");
        var rewriter = new RowColumns(this, where.Parameters[0], f);
        var body = rewriter.Visit(where.Body);
        return rewriter.MatchesText ? null : Expression.Lambda<Func<BudgetFigure, bool>>(body, f);
    }

    /// <summary>The rows matching <paramref name="where"/> grouped by <paramref name="dims"/> in one statement.</summary>
    public async Task<List<FigureGroup>> GroupAsync(IReadOnlyCollection<AggregateDimension> dims, Expression<Func<BudgetFigure, bool>>? where,
        CancellationToken ct)
    {
        var rows = where is null ? Rows : Rows.Where(where);
        if (dims.Count == 0)
        {
            // One group of everything: a plain aggregate (no GROUP BY), and no group at all when there is no row.
            return await rows.GroupBy(f => 1)
                .Select(g => new FigureGroup(null, null, null, null, null, null, null, null, g.Sum(f => f.TotalYuan), g.Sum(f => f.BasicYuan ?? 0),
                    g.Count(f => f.BasicYuan == null), g.Sum(f => f.ProjectYuan ?? 0), g.Count(f => f.ProjectYuan == null), g.Count()))
                .ToListAsync(ct);
        }
        return await rows.GroupBy(KeyOf(dims))
            .Select(g => new FigureGroup(g.Key.DepartmentId, g.Key.DepartmentCode, g.Key.Kind, g.Key.Year, g.Key.Code, g.Key.EconomicCode,
                g.Key.ProjectCategory, g.Key.StageId, g.Sum(f => f.TotalYuan), g.Sum(f => f.BasicYuan ?? 0), g.Count(f => f.BasicYuan == null),
                g.Sum(f => f.ProjectYuan ?? 0), g.Count(f => f.ProjectYuan == null), g.Count()))
            .ToListAsync(ct);
    }


    /// <summary>Replaces the members of an <see cref="AggregateRow"/> parameter by the family's columns; notes string matching.</summary>
    private sealed class RowColumns(FigureFamily family, ParameterExpression row, ParameterExpression f) : ExpressionVisitor
    {
        public bool MatchesText { get; private set; }

        protected override Expression VisitMethodCall(MethodCallExpression node)
        {
            MatchesText |= node.Method.DeclaringType == typeof(string);
            return base.VisitMethodCall(node);
        }

        protected override Expression VisitMember(MemberExpression node)
        {
            if (node.Expression != row)
            {
                return base.VisitMember(node);
            }
            Expression Column(string name) => Expression.Property(f, name);
            Expression Department(string name) => Expression.Property(Column(nameof(BudgetFigure.Department)), name);
            var value = node.Member.Name switch
            {
                nameof(AggregateRow.DepartmentId) => Column(nameof(BudgetFigure.DepartmentId)),
                nameof(AggregateRow.DepartmentCode) => Department(nameof(Warehouse.Dimensions.Department.Code)),
                nameof(AggregateRow.DepartmentKind) => Department(nameof(Warehouse.Dimensions.Department.Kind)),
                nameof(AggregateRow.Year) => Column(nameof(BudgetFigure.Year)),
                nameof(AggregateRow.Code) => Lambdas.Inline(family.Code, f),
                nameof(AggregateRow.EconomicCode) => Lambdas.Inline(family.EconomicCode, f),
                nameof(AggregateRow.ProjectCategory) => Lambdas.Inline(family.ProjectCategory, f),
                nameof(AggregateRow.Total) => Column(nameof(BudgetFigure.TotalYuan)),
                nameof(AggregateRow.Basic) => Column(nameof(BudgetFigure.BasicYuan)),
                nameof(AggregateRow.Project) => Column(nameof(BudgetFigure.ProjectYuan)),
                nameof(AggregateRow.Stage) => Expression.Convert(Column(nameof(BudgetFigure.StageId)), typeof(BudgetStage)),
                _ => throw new InvalidOperationException($"AggregateRow.{node.Member.Name} has no column."),
            };
            return value.Type == node.Type ? value : Expression.Convert(value, node.Type);
        }
    }

    /// <summary>The grouping key the database computes; members of dimensions not grouped by stay null.</summary>
    private sealed class SqlKey
    {
        public int? DepartmentId { get; init; }
        public string? DepartmentCode { get; init; }
        public DepartmentKind? Kind { get; init; }
        public int? Year { get; init; }
        public string? Code { get; init; }
        public string? EconomicCode { get; init; }
        public string? ProjectCategory { get; init; }
        public int? StageId { get; init; }
    }

    /// <summary><c>f => new SqlKey { … }</c> binding only the grouped dimensions, so the database groups by exactly those columns.</summary>
    private Expression<Func<BudgetFigure, SqlKey>> KeyOf(IReadOnlyCollection<AggregateDimension> dims)
    {
        var f = Expression.Parameter(typeof(BudgetFigure), "f");
        var department = Expression.Property(f, nameof(BudgetFigure.Department));
        var bindings = new List<MemberBinding>();
        void Bind(string member, Expression value) =>
            bindings.Add(Expression.Bind(typeof(SqlKey).GetProperty(member)!, Expression.Convert(value, typeof(SqlKey).GetProperty(member)!.PropertyType)));
        if (dims.Contains(AggregateDimension.Department))
        {
            Bind(nameof(SqlKey.DepartmentId), Expression.Property(f, nameof(BudgetFigure.DepartmentId)));
            Bind(nameof(SqlKey.DepartmentCode), Expression.Property(department, nameof(Department.Code)));
        }
        if (dims.Contains(AggregateDimension.DepartmentKind))
        {
            Bind(nameof(SqlKey.Kind), Expression.Property(department, nameof(Department.Kind)));
        }
        if (dims.Contains(AggregateDimension.Year))
        {
            Bind(nameof(SqlKey.Year), Expression.Property(f, nameof(BudgetFigure.Year)));
        }
        if (dims.Contains(AggregateDimension.FunctionalSubject))
        {
            Bind(nameof(SqlKey.Code), Lambdas.Inline(Code, f));
        }
        if (dims.Contains(AggregateDimension.EconomicSubject))
        {
            Bind(nameof(SqlKey.EconomicCode), Lambdas.Inline(EconomicCode, f));
        }
        if (dims.Contains(AggregateDimension.ProjectCategory))
        {
            Bind(nameof(SqlKey.ProjectCategory), Lambdas.Inline(ProjectCategory, f));
        }
        if (dims.Contains(AggregateDimension.Stage))
        {
            Bind(nameof(SqlKey.StageId), Expression.Property(f, nameof(BudgetFigure.StageId)));
        }
        return Expression.Lambda<Func<BudgetFigure, SqlKey>>(Expression.MemberInit(Expression.New(typeof(SqlKey)), bindings), f);
    }
}
