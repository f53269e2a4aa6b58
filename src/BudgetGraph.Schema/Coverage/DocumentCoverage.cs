using BudgetGraph.GraphSchema;
using BudgetGraph.Warehouse;
using BudgetGraph.Warehouse.Dimensions;
using BudgetGraph.GraphSchema.Shared;
using Mapster;
using Microsoft.EntityFrameworkCore;

namespace BudgetGraph.GraphSchema.Coverage;

/// <summary>One imported document and what it covers.</summary>
public sealed record DocumentCoverage(string FileName, string Title, DocumentKind Kind, int Year, string DepartmentCode,
    string DepartmentName, int LineCount, IReadOnlyList<BudgetStage> Stages, bool ExpenditureTable)
{
    /// <summary>The source viewer's page of the whole document (see <c>SourceRef.Url</c>).</summary>
    public string Url => $"/source/{Uri.EscapeDataString(FileName)}";

    /// <summary>Every imported document, ordered by year, department code, kind (three statements).</summary>
    public static async Task<List<DocumentCoverage>> LoadAsync(WarehouseDbContext db, CancellationToken ct)
    {
        var docs = await db.Documents.AsNoTracking().Include(x => x.Department).ToListAsync(ct);
        // Stages per document, from every money fact table that carries stages, about the document's own year.
        var stages = await db.Executions.Where(f => f.Year == f.Document!.Year).Select(f => new { f.DocumentId, f.StageId })
            .Union(db.ThreePublics.Where(f => f.Year == f.Document!.Year).Select(f => new { f.DocumentId, f.StageId }))
            .Union(db.FunctionalExpenditures.Where(f => f.Year == f.Document!.Year).Select(f => new { f.DocumentId, f.StageId }))
            .ToListAsync(ct);
        var tables = await db.FunctionalExpenditures.Where(f => f.Year == f.Document!.Year).Select(f => f.DocumentId).Distinct().ToListAsync(ct);
        return docs
            .OrderBy(x => x.Year).ThenBy(x => x.Department!.Code, StringComparer.Ordinal).ThenBy(x => x.Kind)
            .Select(x => x.Adapt<DocumentCoverage>(Mappings.Config) with
            {
                Stages = stages.Where(s => s.DocumentId == x.Id).Select(s => (BudgetStage)s.StageId).Distinct().Order().ToList(),
                ExpenditureTable = tables.Contains(x.Id),
            })
            .ToList();
    }
}
