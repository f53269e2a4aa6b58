using BudgetGraph.GraphSchema.Budgets;
using BudgetGraph.GraphSchema.Provenance;
using BudgetGraph.GraphSchema;
using BudgetGraph.Warehouse;
using BudgetGraph.Warehouse.Dimensions;
using BudgetGraph.Warehouse.Marts;
using Microsoft.EntityFrameworkCore;

namespace BudgetGraph.GraphSchema.Figures;

/// <summary>A department-year at a stage: the key of the figure loaders.</summary>
public readonly record struct FigureKey(int DepartmentId, int Year, BudgetStage Stage)
{
    /// <summary>The key of a department-year at a stage.</summary>
    public static FigureKey Of(DepartmentYear key, BudgetStage stage) => new(key.DepartmentId, key.Year, stage);
}

/// <summary>
/// One row of the figures mart (<see cref="BudgetFigure"/>) as the API reads it; <see cref="Source"/> is null when
/// loaded without provenance (no join of the documents).
/// </summary>
public sealed record Figure(string DepartmentCode, FigureKind Kind, string Path, string? ParentPath, string? Code, string Name, long Total, long? Basic, long? Project,
    int PublishedDecimals, ItemLinkMethod? Link, long SortKey, long? ChildrenYuan, long? ToleranceYuan, int? ChildCount, SourceRef? Source)
{
    /// <summary>The classification level of a functional or economic node.</summary>
    public SubjectLevel? Level => Kind switch
    {
        FigureKind.Class or FigureKind.EconomicClass => SubjectLevel.Class,
        FigureKind.Section or FigureKind.EconomicSection => SubjectLevel.Section,
        FigureKind.Item => SubjectLevel.Item,
        _ => null,
    };
}

/// <summary>Which nodes of the mart a reader needs (each set is its own loader, so a request reads only what it shows).</summary>
public enum FigureSet
{
    /// <summary>The total only.</summary>
    Total,
    /// <summary>The total and the functional 类 rows.</summary>
    FunctionalClasses,
    /// <summary>The total and every functional 类/款/项 row.</summary>
    Functional,
    /// <summary>The total, the functional rows and the residuals (a drill-down that stops at the 项).</summary>
    FunctionalTree,
    /// <summary>Everything below the total but the economic rows: the whole drill-down.</summary>
    Tree,
    /// <summary>The project categories.</summary>
    Categories,
    /// <summary>The project categories and their line items.</summary>
    Projects,
    /// <summary>The economic table's total and 类/款 rows.</summary>
    Economic,
}

/// <summary>
/// The one statement that reads the figures mart for a batch of department-years: every amount the schema serves for
/// a department-year comes through here (or through a set-based query over the same table), so the same node has the
/// same amount in every field, whichever engine serves it.
/// </summary>
public static class FigureReader
{
    private static FigureKind[] Kinds(FigureSet set) => set switch
    {
        FigureSet.Total => [FigureKind.Total],
        FigureSet.FunctionalClasses => [FigureKind.Total, FigureKind.Class],
        FigureSet.Functional => [FigureKind.Total, FigureKind.Class, FigureKind.Section, FigureKind.Item],
        FigureSet.FunctionalTree => [FigureKind.Total, FigureKind.Class, FigureKind.Section, FigureKind.Item, FigureKind.RoundingResidual, FigureKind.UnlistedRemainder],
        FigureSet.Tree => [FigureKind.Total, FigureKind.Class, FigureKind.Section, FigureKind.Item, FigureKind.Basic, FigureKind.ProjectCategory,
            FigureKind.LineItem, FigureKind.RoundingResidual, FigureKind.UnlistedRemainder],
        FigureSet.Categories => [FigureKind.ProjectCategory],
        FigureSet.Projects => [FigureKind.ProjectCategory, FigureKind.LineItem],
        _ => [FigureKind.EconomicTotal, FigureKind.EconomicClass, FigureKind.EconomicSection],
    };

    /// <summary>The rows of <paramref name="set"/> of each key, in print order (one statement for all the keys).</summary>
    public static async Task<IReadOnlyDictionary<FigureKey, IReadOnlyList<Figure>>> LoadAsync(WarehouseDbContext db, IReadOnlyList<FigureKey> keys,
        FigureSet set, bool provenance, CancellationToken ct)
    {
        var ids = keys.Select(k => k.DepartmentId).Distinct().ToList();
        var years = keys.Select(k => k.Year).Distinct().ToList();
        var stages = keys.Select(k => (int)k.Stage).Distinct().ToList();
        var kinds = Kinds(set);
        var rows = db.BudgetFigures.Where(f => ids.Contains(f.DepartmentId) && years.Contains(f.Year) && stages.Contains(f.StageId) && kinds.Contains(f.Kind));
        var loaded = provenance
            ? await rows.Select(f => new
            {
                Key = new FigureKey(f.DepartmentId, f.Year, (BudgetStage)f.StageId),
                Row = new Figure(f.Department!.Code, f.Kind, f.Path, f.ParentPath, f.Code, f.Name, f.TotalYuan, f.BasicYuan, f.ProjectYuan, f.PublishedDecimals, f.ItemLink,
                    f.SortKey, f.ChildrenYuan, f.ToleranceYuan, f.ChildCount,
                    new SourceRef(f.DocumentId, f.Document!.FileName, f.Document.Title, f.Document.Kind, f.Document.Year, f.Year, f.SourceTable,
                        f.SourceLine, f.PublishedDecimals, f.Derived)),
            }).ToListAsync(ct)
            : await rows.Select(f => new
            {
                Key = new FigureKey(f.DepartmentId, f.Year, (BudgetStage)f.StageId),
                Row = new Figure(f.Department!.Code, f.Kind, f.Path, f.ParentPath, f.Code, f.Name, f.TotalYuan, f.BasicYuan, f.ProjectYuan, f.PublishedDecimals, f.ItemLink,
                    f.SortKey, f.ChildrenYuan, f.ToleranceYuan, f.ChildCount, null),
            }).ToListAsync(ct);
        return loaded.GroupBy(r => r.Key).ToDictionary(g => g.Key,
            g => (IReadOnlyList<Figure>)g.Select(r => r.Row).OrderBy(r => r.SortKey).ThenBy(r => r.Path, StringComparer.Ordinal).ToList());
    }
}
