using BudgetGraph.Api.Budget.Budgets;
using BudgetGraph.Api.Budget.Provenance;
using BudgetGraph.Api.Budget.Schema;
using BudgetGraph.GraphQL.Execution;
using BudgetGraph.Warehouse.Facts;
using Microsoft.EntityFrameworkCore;

namespace BudgetGraph.Api.Budget.Compare;

/// <summary>
/// The total and 类 rows of department-years from FunctionalClassTotals: the rows the drill-down's choice of
/// schedule picks at 类 (the table is maintained with that choice), read without the other schedule's rows and
/// without choosing in memory. Each row is its printed fact's, with that fact's source.
/// </summary>
internal static class ClassTotalRows
{
    /// <summary>The department-year's total row (code null) and 类 rows, batched with the other department-years asked for (one statement).</summary>
    public static Task<IReadOnlyList<ClassifiedRow>?> LoadAsync(ResolveContext ctx, DepartmentYear key) =>
        WarehouseAccess.LoadAsync<DepartmentYear, IReadOnlyList<ClassifiedRow>>(ctx, "class-total-rows", key, async (db, keys, ct) =>
        {
            var ids = keys.Select(k => k.DepartmentId).Distinct().ToList();
            var years = keys.Select(k => k.Year).Distinct().ToList();
            var rows = await db.FunctionalClassTotals.Where(c => ids.Contains(c.DepartmentId) && years.Contains(c.Year))
                .Select(c => c.FunctionalExpenditureFact!)
                .Select(SourceProjection.WithSource<FunctionalExpenditureFact, (DepartmentYear Key, ClassifiedRow Row)>((f, s) => ValueTuple.Create(
                    new DepartmentYear(f.DepartmentId, f.Year),
                    new ClassifiedRow(f.FunctionalSubject!.Code, f.FunctionalSubject.Name, f.FunctionalSubject.Level, f.TotalYuan, f.BasicYuan, f.ProjectYuan, s))))
                .ToListAsync(ct);
            // The total row first, then the 类 rows in code order (the order the choice of schedule gives them in print).
            return rows.GroupBy(r => r.Key).ToDictionary(g => g.Key, g => (IReadOnlyList<ClassifiedRow>)g.Select(r => r.Row)
                .OrderBy(r => r.Code is null ? 0 : 1).ThenBy(r => r.Code, StringComparer.Ordinal).ToList());
        });
}
