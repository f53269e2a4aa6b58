using System.Linq.Expressions;
using BudgetGraph.GraphSchema.Budgets;
using BudgetGraph.GraphSchema.Provenance;
using BudgetGraph.Warehouse;
using BudgetGraph.Warehouse.Facts;
using Microsoft.EntityFrameworkCore;

namespace BudgetGraph.GraphSchema;

/// <summary>A row with the department-year of the document that states it.</summary>
public sealed record Keyed<TRow>(int DepartmentId, int DocumentYear, TRow Row);

/// <summary>
/// The rows a department-year's documents state, for every requested department-year in one statement: the generic
/// reader behind income, 三公, performance targets, profile, narrative and prior-year statements. Rows are keyed by the
/// stating document's year, so a budget lists what its own document says, including the prior-year figures it states.
/// </summary>
public static class DocumentRowReader
{
    /// <summary>The rows of <paramref name="set"/> stated by the documents of each key, in fact-id order.</summary>
    public static async Task<IReadOnlyDictionary<DepartmentYear, IReadOnlyList<TRow>>> LoadAsync<TFact, TRow>(WarehouseDbContext db, IReadOnlyList<DepartmentYear> keys,
        Func<WarehouseDbContext, IQueryable<TFact>> set, Expression<Func<TFact, SourceRef, TRow>> projection, CancellationToken ct) where TFact : Fact
    {
        var ids = keys.Select(k => k.DepartmentId).Distinct().ToList();
        var years = keys.Select(k => k.Year).Distinct().ToList();
        var rows = await set(db).Where(f => ids.Contains(f.DepartmentId) && years.Contains(f.Document!.Year))
            .OrderBy(f => f.Id)
            .Select(SourceProjection.WithSource(Keyed(projection)))
            .ToListAsync(ct);
        return rows.GroupBy(r => new DepartmentYear(r.DepartmentId, r.DocumentYear))
            .ToDictionary(g => g.Key, g => (IReadOnlyList<TRow>)g.Select(r => r.Row).ToList());
    }

    /// <summary>Wraps a projection: <c>(f, s) =&gt; new Keyed(f.DepartmentId, f.Document.Year, projection(f, s))</c>.</summary>
    private static Expression<Func<TFact, SourceRef, Keyed<TRow>>> Keyed<TFact, TRow>(Expression<Func<TFact, SourceRef, TRow>> projection)
        where TFact : Fact
    {
        var f = projection.Parameters[0];
        var body = Expression.New(typeof(Keyed<TRow>).GetConstructors()[0],
            Expression.Property(f, nameof(Fact.DepartmentId)),
            Expression.Property(Expression.Property(f, nameof(Fact.Document)), nameof(Warehouse.Dimensions.Document.Year)),
            projection.Body);
        return Expression.Lambda<Func<TFact, SourceRef, Keyed<TRow>>>(body, f, projection.Parameters[1]);
    }
}
