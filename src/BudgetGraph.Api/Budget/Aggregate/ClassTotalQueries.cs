using System.Linq.Expressions;
using BudgetGraph.Api.Budget.Schema;
using BudgetGraph.Warehouse;
using BudgetGraph.Warehouse.Dimensions;
using BudgetGraph.Warehouse.Facts;
using Microsoft.EntityFrameworkCore;

namespace BudgetGraph.Api.Budget.Aggregate;

/// <summary>A group of 类 rows summed by the database: the grouped dimensions set, the others null.</summary>
public sealed record ClassTotalGroup(int? DepartmentId, string? DepartmentCode, DepartmentKind? Kind, int? Year, string? Code,
    long Total, long Basic, long Project, int RowCount);

/// <summary>
/// Aggregate's reads of <c>FunctionalClassTotals</c>, the published 类 rows of each department-year's chosen
/// functional schedule (the department total rows, also stored there, are not aggregated: they are not 类 rows).
/// </summary>
internal static class ClassTotalQueries
{
    /// <summary>The grouping key the database computes; members of dimensions not grouped by stay null.</summary>
    private sealed class SqlKey
    {
        public int? DepartmentId { get; init; }
        public string? DepartmentCode { get; init; }
        public DepartmentKind? Kind { get; init; }
        public int? Year { get; init; }
        public string? Code { get; init; }
    }

    /// <summary>Dimensions the database can group the 类 rows by.</summary>
    public static bool GroupsInSql(AggregateDimension d) =>
        d is AggregateDimension.Department or AggregateDimension.DepartmentKind or AggregateDimension.Year or AggregateDimension.FunctionalSubject;

    /// <summary>The 类 rows: those with a 类 code (null only on total rows), so that the (Year, ClassCode, amounts) index covers the scan.</summary>
    private static IQueryable<FunctionalClassTotal> ClassRows(WarehouseDbContext db) => db.FunctionalClassTotals.Where(f => f.ClassCode != null);

    /// <summary>Every published 类 row, streamed.</summary>
    public static IAsyncEnumerable<AggregateRow> Rows(WarehouseDbContext db) => ClassRows(db)
        .Select(f => new AggregateRow(f.DepartmentId, f.Department!.Code, f.Department.Kind, f.Year, BudgetStage.Initial, f.ClassCode, null, null,
            f.TotalYuan, f.BasicYuan, f.ProjectYuan))
        .AsAsyncEnumerable();

    /// <summary>
    /// The 类 rows matching <paramref name="where"/> (see <see cref="Translate"/>) grouped by <paramref name="dims"/>
    /// (all of them <see cref="GroupsInSql"/>) in one statement.
    /// </summary>
    public static async Task<List<ClassTotalGroup>> GroupAsync(WarehouseDbContext db, IReadOnlyCollection<AggregateDimension> dims,
        Expression<Func<FunctionalClassTotal, bool>>? where, CancellationToken ct)
    {
        var rows = where is null ? ClassRows(db) : ClassRows(db).Where(where);
        if (dims.Count == 0)
        {
            // One group of everything: a plain aggregate (no GROUP BY), and no group at all when there is no row.
            return await rows.GroupBy(f => 1)
                .Select(g => new ClassTotalGroup(null, null, null, null, null,
                    g.Sum(f => f.TotalYuan), g.Sum(f => f.BasicYuan), g.Sum(f => f.ProjectYuan), g.Count()))
                .ToListAsync(ct);
        }
        return await rows.GroupBy(KeyOf(dims))
            .Select(g => new ClassTotalGroup(g.Key.DepartmentId, g.Key.DepartmentCode, g.Key.Kind, g.Key.Year, g.Key.Code,
                g.Sum(f => f.TotalYuan), g.Sum(f => f.BasicYuan), g.Sum(f => f.ProjectYuan), g.Count()))
            .ToListAsync(ct);
    }

    /// <summary>
    /// aggregate's row filter rewritten over FunctionalClassTotals, for the database to apply: each member of the
    /// row becomes its column (DepartmentCode → Department.Code, Code → ClassCode) or, for what a 类 row never has,
    /// its constant value (no economic code, no category, the initial stage). Null when the filter matches text
    /// (contains, startsWith, endsWith): SQLite's LIKE ignores ASCII case where .NET does not, so such filters run
    /// in memory, exactly as before. Equality, IN and number comparisons mean the same in SQL and in memory.
    /// </summary>
    public static Expression<Func<FunctionalClassTotal, bool>>? Translate(Expression<Func<AggregateRow, bool>> where)
    {
        var f = Expression.Parameter(typeof(FunctionalClassTotal), "f");
        var rewriter = new RowColumns(where.Parameters[0], f);
        var body = rewriter.Visit(where.Body);
        return rewriter.MatchesText ? null : Expression.Lambda<Func<FunctionalClassTotal, bool>>(body, f);
    }

    /// <summary>Replaces the members of an <see cref="AggregateRow"/> parameter by FunctionalClassTotal columns; notes string matching.</summary>
    private sealed class RowColumns(ParameterExpression row, ParameterExpression f) : ExpressionVisitor
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
            Expression Department(string name) => Expression.Property(Column(nameof(FunctionalClassTotal.Department)), name);
            var value = node.Member.Name switch
            {
                nameof(AggregateRow.DepartmentId) => Column(nameof(FunctionalClassTotal.DepartmentId)),
                nameof(AggregateRow.DepartmentCode) => Department(nameof(Warehouse.Dimensions.Department.Code)),
                nameof(AggregateRow.DepartmentKind) => Department(nameof(Warehouse.Dimensions.Department.Kind)),
                nameof(AggregateRow.Year) => Column(nameof(FunctionalClassTotal.Year)),
                nameof(AggregateRow.Code) => Column(nameof(FunctionalClassTotal.ClassCode)),
                nameof(AggregateRow.Total) => Column(nameof(FunctionalClassTotal.TotalYuan)),
                nameof(AggregateRow.Basic) => Column(nameof(FunctionalClassTotal.BasicYuan)),
                nameof(AggregateRow.Project) => Column(nameof(FunctionalClassTotal.ProjectYuan)),
                nameof(AggregateRow.Stage) => Expression.Constant(BudgetStage.Initial),
                _ => (Expression)Expression.Constant(null, node.Type), // EconomicCode, ProjectCategory
            };
            return value.Type == node.Type ? value : Expression.Convert(value, node.Type);
        }
    }

    /// <summary><c>f => new SqlKey { … }</c> binding only the grouped dimensions, so the database groups by exactly those columns.</summary>
    private static Expression<Func<FunctionalClassTotal, SqlKey>> KeyOf(IReadOnlyCollection<AggregateDimension> dims)
    {
        var f = Expression.Parameter(typeof(FunctionalClassTotal), "f");
        var department = Expression.Property(f, nameof(FunctionalClassTotal.Department));
        var bindings = new List<MemberBinding>();
        void Bind(string member, Expression value) =>
            bindings.Add(Expression.Bind(typeof(SqlKey).GetProperty(member)!, Expression.Convert(value, typeof(SqlKey).GetProperty(member)!.PropertyType)));
        if (dims.Contains(AggregateDimension.Department))
        {
            Bind(nameof(SqlKey.DepartmentId), Expression.Property(f, nameof(FunctionalClassTotal.DepartmentId)));
            Bind(nameof(SqlKey.DepartmentCode), Expression.Property(department, nameof(Department.Code)));
        }
        if (dims.Contains(AggregateDimension.DepartmentKind))
        {
            Bind(nameof(SqlKey.Kind), Expression.Property(department, nameof(Department.Kind)));
        }
        if (dims.Contains(AggregateDimension.Year))
        {
            Bind(nameof(SqlKey.Year), Expression.Property(f, nameof(FunctionalClassTotal.Year)));
        }
        if (dims.Contains(AggregateDimension.FunctionalSubject))
        {
            Bind(nameof(SqlKey.Code), Expression.Property(f, nameof(FunctionalClassTotal.ClassCode)));
        }
        return Expression.Lambda<Func<FunctionalClassTotal, SqlKey>>(Expression.MemberInit(Expression.New(typeof(SqlKey)), bindings), f);
    }
}
