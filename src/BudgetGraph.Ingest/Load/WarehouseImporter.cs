using System.Data;
using System.Data.Common;
using BudgetGraph.Ingest.Conform;
using BudgetGraph.Ingest.Staging;
using BudgetGraph.Warehouse;
using BudgetGraph.Warehouse.Dimensions;
using BudgetGraph.Warehouse.Marts;
using Microsoft.EntityFrameworkCore;

namespace BudgetGraph.Ingest.Load;

/// <summary>The step an import is at, reported through <see cref="IProgress{T}"/>.</summary>
public enum ImportStep
{
    /// <summary>Reading and staging the text.</summary>
    Staging,
    /// <summary>Conforming dimensions and facts and loading them in one transaction.</summary>
    Loading,
    /// <summary>Committed.</summary>
    Loaded,
    /// <summary>Refused; nothing was changed.</summary>
    Refused,
}

/// <summary>Progress of an import of several documents.</summary>
/// <param name="Result">At <see cref="ImportStep.Loaded"/>: what was imported.</param>
/// <param name="Elapsed">At <see cref="ImportStep.Loaded"/>: the document's staging and loading time.</param>
public sealed record ImportProgress(string FileName, ImportStep Step, int Index, int Count, string? Message = null,
    ImportResult? Result = null, TimeSpan Elapsed = default);

/// <summary>The outcome of one document's import.</summary>
public sealed record ImportResult(string FileName, DocumentKind Kind, string DepartmentCode, int Year, int FactCount, bool Replaced)
{
    /// <summary>What the user should know about an imported document: tables absent or printed twice, names not stored.</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];
}

/// <summary>
/// The LOAD step: imports documents, each in one serializable transaction (all or nothing). A document
/// is staged completely before the database is touched, so a refused document changes nothing.
/// Re-importing a department-year's document replaces the facts it stated. Concurrent imports of the
/// same department-year serialize on the database (SQLite takes the write lock when the transaction
/// begins; PostgreSQL aborts one of two conflicting serializable transactions, which is retried), so
/// exactly one consistent copy remains.
/// </summary>
public sealed class WarehouseImporter(Func<WarehouseDbContext> contexts)
{
    private const int Attempts = 10;

    /// <summary>Imports the files in order; throws <see cref="ImportRefusedException"/> at the first refused one.</summary>
    public async Task<IReadOnlyList<ImportResult>> ImportAsync(IReadOnlyList<string> paths, IProgress<ImportProgress>? progress = null,
        CancellationToken ct = default)
    {
        var outcomes = await ImportEachAsync(paths, progress, stopAtRefusal: true, ct);
        return [.. outcomes.Select(o => o.Result!)];
    }

    /// <summary>
    /// Imports the files in order, each in its own transaction. A refused file is reported (progress step
    /// <see cref="ImportStep.Refused"/>) and, unless <paramref name="stopAtRefusal"/>, the next file is imported.
    /// </summary>
    public async Task<IReadOnlyList<(string File, ImportResult? Result, ImportRefusedException? Refusal)>> ImportEachAsync(
        IReadOnlyList<string> paths, IProgress<ImportProgress>? progress, bool stopAtRefusal, CancellationToken ct = default)
    {
        var results = new List<(string, ImportResult?, ImportRefusedException?)>();
        for (var i = 0; i < paths.Count; i++)
        {
            var name = Path.GetFileName(paths[i]);
            var started = System.Diagnostics.Stopwatch.GetTimestamp();
            try
            {
                progress?.Report(new ImportProgress(name, ImportStep.Staging, i + 1, paths.Count));
                var staged = DocumentStager.Stage(paths[i]);
                progress?.Report(new ImportProgress(name, ImportStep.Loading, i + 1, paths.Count));
                var result = await LoadAsync(staged, ct);
                results.Add((name, result, null));
                progress?.Report(new ImportProgress(name, ImportStep.Loaded, i + 1, paths.Count,
                    $"{result.DepartmentCode} {result.Year}: {result.FactCount} facts{(result.Replaced ? " (replaced)" : "")}"
                    + (result.Warnings.Count == 0 ? "" : $"; {result.Warnings.Count} warnings: " + string.Join("; ", result.Warnings)),
                    result, System.Diagnostics.Stopwatch.GetElapsedTime(started)));
            }
            catch (ImportRefusedException e)
            {
                progress?.Report(new ImportProgress(name, ImportStep.Refused, i + 1, paths.Count, e.Message));
                if (stopAtRefusal) throw;
                results.Add((name, null, e));
            }
        }
        return results;
    }

    /// <summary>
    /// A database conflict worth retrying: a serialization failure or a unique-key race with a concurrent
    /// import (providers report them as DbException, wrapped in DbUpdateException or, by Npgsql's execution
    /// strategy, in InvalidOperationException). Refusals are never retried, nor is a full disk, a corrupt file or
    /// an unreachable database (<see cref="DatabaseFailure"/>): another attempt would fail the same way, later.
    /// </summary>
    private static bool IsConflict(Exception e) =>
        (e is DbException or DbUpdateException || e is InvalidOperationException { InnerException: DbException or DbUpdateException })
        && DatabaseFailure.Classify(e) is not (DatabaseFailureKind.DiskFull or DatabaseFailureKind.Corrupt or DatabaseFailureKind.Unavailable);

    /// <summary>Loads one staged document in one transaction, retrying when the database reports a conflict.</summary>
    public async Task<ImportResult> LoadAsync(StagedDocument staged, CancellationToken ct = default)
    {
        for (var attempt = 1; ; attempt++)
        {
            await using var db = contexts();
            // A document is thousands of new rows: change detection on every Add and Local lookup would scan all of them
            // each time. The conformer changes tracked entities only through properties, which one DetectChanges before
            // saving (Conformer.RunAsync) sees.
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            await using var tx = await db.Database.BeginTransactionAsync(IsolationLevel.Serializable, ct);
            try
            {
                var conformer = new Conformer(db, staged);
                await conformer.RunAsync(ct);
                // The document may change which printed figures its department-year serves (BudgetFigures, the one rule).
                await db.RefreshBudgetFiguresAsync([new DepartmentYearKey(conformer.DepartmentId, staged.Year)], ct);
                await tx.CommitAsync(ct);
                return new ImportResult(staged.FileName, staged.Kind, conformer.DepartmentCode, staged.Year, conformer.FactCount, conformer.Replaced)
                {
                    Warnings = [.. staged.Warnings],
                };
            }
            catch (ImportRefusedException refused) when (refused.OnPageOf(staged.Source) is var onPage && onPage != refused)
            {
                throw onPage; // the transaction rolls back as it is disposed: nothing of the document stays
            }
            catch (Exception e) when (attempt < Attempts && IsConflict(e))
            {
                await tx.RollbackAsync(CancellationToken.None);
                await Task.Delay(Random.Shared.Next(20, 100) * attempt, ct);
            }
        }
    }
}
