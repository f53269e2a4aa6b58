using System.Linq.Expressions;
using BudgetGraph.Api.Budget.Budgets;
using BudgetGraph.Api.Budget.Provenance;
using BudgetGraph.GraphQL.Execution;
using BudgetGraph.Warehouse;
using BudgetGraph.Warehouse.Facts;
using Microsoft.EntityFrameworkCore;

namespace BudgetGraph.Api.Budget.Schema;

/// <summary>
/// The rows a department-year's documents state, loaded for every requested department-year in one
/// statement: the generic loader behind income, 三公, performance targets, profile and prior-year
/// statements. Rows are keyed by the stating document's year, so a budget lists what its own document
/// says, including the prior-year figures it states (marked by their sources).
/// </summary>
internal static class DocumentRows
{
    /// <summary>The rows of <paramref name="set"/> stated by the documents of <paramref name="key"/>, in fact-id order.</summary>
    public static async Task<IReadOnlyList<TRow>> LoadAsync<TFact, TRow>(ResolveContext ctx, string name, DepartmentYear key,
        Func<WarehouseDbContext, IQueryable<TFact>> set, Expression<Func<TFact, SourceRef, TRow>> projection) where TFact : Fact =>
        await WarehouseAccess.LoadAsync<DepartmentYear, IReadOnlyList<TRow>>(ctx, name, key,
            (db, keys, ct) => DocumentRowReader.LoadAsync(db, keys, set, projection, ct)) ?? [];
}
