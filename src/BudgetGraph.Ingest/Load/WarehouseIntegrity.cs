using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace BudgetGraph.Ingest.Load;

/// <summary>SQLite's own consistency checks of the warehouse file (PostgreSQL checksums its pages itself).</summary>
public static class WarehouseIntegrity
{
    /// <summary>At most this many problems are listed (the first explains; the rest would only fill a terminal).</summary>
    private const int MaxProblems = 10;

    /// <summary>
    /// The problems <c>PRAGMA quick_check</c> (<paramref name="thorough"/> false: pages and records, linear time) or
    /// <c>PRAGMA integrity_check</c> (also that every index matches its table) finds; empty when the file is sound or the
    /// warehouse is not SQLite. A file too damaged to run the check at all is one problem: SQLite's message.
    /// </summary>
    public static async Task<IReadOnlyList<string>> SqliteProblemsAsync(DbContext db, bool thorough, CancellationToken ct = default)
    {
        if (db.Database.GetDbConnection() is not SqliteConnection connection) return [];
        var problems = new List<string>();
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"PRAGMA {(thorough ? "integrity_check" : "quick_check")}({MaxProblems})";
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                // A row may hold several lines, under a heading naming the schema ("*** in database main ***").
                problems.AddRange(reader.GetString(0).Split('\n')
                    .Where(line => line.Length > 0 && line != "ok" && !line.StartsWith("***", StringComparison.Ordinal)));
            }
        }
        catch (SqliteException e) when (DatabaseFailure.Classify(e) == DatabaseFailureKind.Corrupt)
        {
            problems.Add(e.Message);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
        return problems;
    }

    /// <summary>The operator's message for a damaged file: what was found and what to do.</summary>
    public static string Describe(string database, IReadOnlyList<string> problems)
    {
        var found = problems.Count == 1
            ? $"SQLite's integrity check failed: {problems[0].TrimEnd('.')}"
            : $"SQLite's integrity check found {(problems.Count >= MaxProblems ? "at least " : "")}{problems.Count} problems, the first: {problems[0].TrimEnd('.')}";
        return $"{database} is damaged ({found}). Restore it from a backup, or import the documents into a new file.";
    }
}
