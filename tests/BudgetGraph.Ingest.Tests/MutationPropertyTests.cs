using System.Text;
using BudgetGraph.Ingest.Load;
using BudgetGraph.Ingest.Staging;
using BudgetGraph.Migrations.Sqlite;
using BudgetGraph.Warehouse;
using FsCheck;
using FsCheck.Xunit;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace BudgetGraph.Ingest.Tests;

/// <summary>
/// Issue 8, importer robustness: the real documents, mutated (lines dropped, duplicated or swapped, a digit changed,
/// cut at any character or byte, junk injected), are imported into a copy of a warehouse that already holds all five
/// documents (so every import is a re-import whose deletes a refusal must undo). For every mutation the import
/// completes (bounded by a timeout: the assertion is that it finishes, not how fast), throws nothing but
/// <see cref="ImportRefusedException"/>, and a refusal leaves every row of the warehouse as it was.
/// </summary>
public sealed class MutationPropertyTests
{
    /// <summary>A generous bound on one import; only a hang reaches it.</summary>
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(60);

    private static readonly string[] Junk =
        ["\t", "||", "NaN", "-", "1,2,3", "表5 支出总表", "\uFFFD", "部门名称：", "99999999999999999999999", "\0", "（", "\r", "# ", "2023年预算数", " 0.00 ", "合计"];

    private static readonly Lazy<Template> Shared = new(() => new Template());

    /// <summary>The five documents imported once into a SQLite file, and that file's checksum.</summary>
    private sealed class Template
    {
        public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"budgetgraph-mutation-template-{Guid.NewGuid():N}.db");
        public string Checksum { get; }
        public byte[][] Documents { get; } = [.. Sources.All.Select(File.ReadAllBytes)];

        public Template()
        {
            var connection = Connection(Path);
            using (var db = new WarehouseDbContext(SqliteWarehouse.Options(connection)))
            {
                db.Database.Migrate();
            }
            new WarehouseImporter(() => new WarehouseDbContext(SqliteWarehouse.Options(connection))).ImportAsync(Sources.All).GetAwaiter().GetResult();
            Checksum = TestWarehouse.ChecksumOf(() => new WarehouseDbContext(SqliteWarehouse.Options(connection)));
            AppDomain.CurrentDomain.ProcessExit += (_, _) => File.Delete(Path);
        }
    }

    private static string Connection(string path) => $"Data Source={path};Pooling=False";

    /// <summary>Applies mutation <paramref name="kind"/> (0–6) at <paramref name="position"/> to a document.</summary>
    internal static byte[] Mutate(byte[] document, int kind, int position, int amount)
    {
        if (kind == 6)
        {
            // Cut at a byte: may split a multi-byte character, leaving invalid UTF-8.
            return document[..(position % document.Length)];
        }
        var text = Encoding.UTF8.GetString(document);
        var lines = text.Split('\n').ToList();
        var line = position % lines.Count;
        switch (kind)
        {
            case 0: // drop 1–5 lines
                lines.RemoveRange(line, Math.Min(amount % 5 + 1, lines.Count - line));
                break;
            case 1: // change one digit
                var digits = text.Select((c, i) => (c, i)).Where(x => char.IsAsciiDigit(x.c)).Select(x => x.i).ToList();
                var at = digits[position % digits.Count];
                var digit = (char)('0' + (text[at] - '0' + 1 + amount % 9) % 10);
                return Encoding.UTF8.GetBytes(text[..at] + digit + text[(at + 1)..]);
            case 2: // cut at a character
                return Encoding.UTF8.GetBytes(text[..(position % text.Length)]);
            case 3: // inject junk at a character
                var c = position % text.Length;
                return Encoding.UTF8.GetBytes(text[..c] + Junk[amount % Junk.Length] + text[c..]);
            case 4: // duplicate 1–3 lines
                var copied = lines.Skip(line).Take(amount % 3 + 1).ToList();
                lines.InsertRange(line, copied);
                break;
            default: // swap two lines
                var other = (line + 1 + amount % 7) % lines.Count;
                while (lines[other] == lines[line] && other != line)
                {
                    other = (other + 1) % lines.Count; // a swap with an equal line (e.g. two blank lines) would change nothing
                }
                (lines[line], lines[other]) = (lines[other], lines[line]);
                break;
        }
        return Encoding.UTF8.GetBytes(string.Join('\n', lines));
    }

    [Property(MaxTest = 30)]
    public void AMutatedDocumentIsImportedOrRefused_AndARefusalChangesNothing(byte source, byte kind, NonNegativeInt position, NonNegativeInt amount)
    {
        var template = Shared.Value;
        var index = source % template.Documents.Length;
        var fileName = System.IO.Path.GetFileName(Sources.All[index]);
        var mutated = Mutate(template.Documents[index], kind % 7, position.Get, amount.Get);

        var path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"budgetgraph-mutation-{Guid.NewGuid():N}.db");
        File.Copy(template.Path, path);
        try
        {
            var connection = Connection(path);
            WarehouseDbContext Open() => new(SqliteWarehouse.Options(connection));
            using var cancel = new CancellationTokenSource(Bound);
            var import = Task.Run(async () =>
            {
                var staged = DocumentStager.Stage(fileName, mutated);
                return await new WarehouseImporter(Open).LoadAsync(staged, cancel.Token);
            });
            // Completion within the bound; an exception other than a refusal fails the property with its stack.
            Assert.True(((IAsyncResult)import).AsyncWaitHandle.WaitOne(Bound), $"The import of mutated {fileName} did not finish.");
            if (import.Exception?.InnerException is { } thrown)
            {
                Assert.IsType<ImportRefusedException>(thrown);
                Assert.StartsWith(fileName + ": line ", thrown.Message, StringComparison.Ordinal);
                Assert.Equal(template.Checksum, TestWarehouse.ChecksumOf(Open));
            }
            else
            {
                Assert.True(import.Result.FactCount > 0);
            }
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            File.Delete(path);
        }
    }

    [Fact]
    public void EachMutationChangesTheDocument()
    {
        var document = File.ReadAllBytes(Sources.Pingshan2023);
        for (var kind = 0; kind < 7; kind++)
        {
            Assert.NotEqual(document, Mutate(document, kind, 12_345, 3));
        }
    }
}
