using System.Text.RegularExpressions;
using BudgetGraph.Migrations.SqlServer;
using BudgetGraph.Warehouse.Marts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace BudgetGraph.Warehouse.Tests;

/// <summary>
/// SQL Server, the third provider, tested without a server (none can be installed here; it is untested against a live
/// one): its migrations cover the model, the idempotent migration script is a reviewed snapshot, and the script and the
/// warehouse's raw SQL for SQL Server parse as T-SQL (Microsoft's parser, SQL Server 2022's grammar).
/// </summary>
public sealed partial class SqlServerTests
{
    private const string UpdateVariable = "BUDGETGRAPH_UPDATE_SQLSERVER_SCRIPT";

    private static WarehouseDbContext Context() =>
        new(SqlServerWarehouse.Options("Server=localhost;Database=none;Integrated Security=true;TrustServerCertificate=true"));

    private static string RepositoryRoot
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "BudgetGraph.sln")))
                {
                    return dir.FullName;
                }
            }
            throw new InvalidOperationException("BudgetGraph.sln not found");
        }
    }

    private static string ScriptPath => Path.Combine(RepositoryRoot, "migrations", "BudgetGraph.Migrations.SqlServer", "script.sql");

    /// <summary>The T-SQL parse errors of <paramref name="sql"/> (GO separates batches), each with its line.</summary>
    private static List<string> ParseErrors(string sql, out TSqlFragment fragment)
    {
        fragment = new TSql160Parser(initialQuotedIdentifiers: true).Parse(new StringReader(sql), out var errors);
        return errors.Select(e => $"line {e.Line}: {e.Message}").ToList();
    }

    [Fact]
    public void SqlServerMigrationsCoverTheModel()
    {
        using var db = Context();
        Assert.False(db.Database.HasPendingModelChanges(),
            "The model changed: run `dotnet ef migrations add <Name> --project migrations/BudgetGraph.Migrations.SqlServer`, then accept the script (see The_migration_script_is_the_reviewed_snapshot).");
    }

    [Fact]
    public void The_migration_script_is_the_reviewed_snapshot()
    {
        using var db = Context();
        // What `dotnet ef migrations script --idempotent` prints: every migration, each guarded by the history table.
        var script = db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent).ReplaceLineEndings("\n");
        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            File.WriteAllText(ScriptPath, script);
        }

        var snapshot = File.Exists(ScriptPath) ? File.ReadAllText(ScriptPath).ReplaceLineEndings("\n") : "";
        if (snapshot != script)
        {
            var (expected, actual) = (snapshot.Split('\n'), script.Split('\n'));
            var line = Enumerable.Range(0, Math.Max(expected.Length, actual.Length))
                .First(i => i >= expected.Length || i >= actual.Length || expected[i] != actual[i]);
            Assert.Fail($"The SQL Server migration script differs from the reviewed {ScriptPath} at line {line + 1}:\n"
                + $"  reviewed:  {(line < expected.Length ? expected[line] : "(end)")}\n  generated: {(line < actual.Length ? actual[line] : "(end)")}\n"
                + $"Review the change, then accept it: {UpdateVariable}=1 dotnet test tests/BudgetGraph.Warehouse.Tests --filter SqlServer");
        }
    }

    [Fact]
    public void The_migration_script_parses_as_TSql()
    {
        var script = File.ReadAllText(ScriptPath);

        Assert.Empty(ParseErrors(script, out var fragment));
        // Every table of the model is created.
        using var db = Context();
        var created = ((TSqlScript)fragment).Batches.SelectMany(b => b.Statements).SelectMany(Flatten).OfType<CreateTableStatement>()
            .Select(c => c.SchemaObjectName.BaseIdentifier.Value).ToHashSet(StringComparer.Ordinal);
        Assert.Subset(created, db.Model.GetEntityTypes().Select(e => e.GetTableName()!).ToHashSet(StringComparer.Ordinal));
    }

    /// <summary>A statement and the statements inside its IF/BEGIN … END blocks.</summary>
    private static IEnumerable<TSqlStatement> Flatten(TSqlStatement statement) => statement switch
    {
        IfStatement s => new[] { s.ThenStatement, s.ElseStatement }.Where(x => x is not null).SelectMany(Flatten!),
        BeginEndBlockStatement b => b.StatementList.Statements.SelectMany(Flatten),
        _ => [statement],
    };

    [Fact]
    public void No_table_is_reached_by_two_cascading_paths()
    {
        // SQL Server refuses a foreign key whose ON DELETE CASCADE/SET NULL gives a table a second cascading path from
        // another, or a cycle (error 1785), when the migration runs: SQLite and PostgreSQL accept both.
        using var db = Context();
        var edges = db.GetService<IDesignTimeModel>().Model.GetEntityTypes().SelectMany(e => e.GetForeignKeys())
            .Where(k => k.DeleteBehavior is DeleteBehavior.Cascade or DeleteBehavior.SetNull)
            .Select(k => (From: k.PrincipalEntityType.GetTableName()!, To: k.DeclaringEntityType.GetTableName()!, Key: k.GetConstraintName()!))
            .ToList();
        Assert.NotEmpty(edges);
        var problems = new List<string>();
        foreach (var start in edges.Select(e => e.From).Distinct())
        {
            var paths = new Dictionary<string, List<string>>(StringComparer.Ordinal);
            void Walk(string table, string path, int depth)
            {
                foreach (var edge in edges.Where(e => e.From == table))
                {
                    var next = path + " → " + edge.Key;
                    if (edge.To == start || depth > edges.Count)
                    {
                        problems.Add($"cycle: {next}");
                        continue;
                    }
                    (paths.TryGetValue(edge.To, out var found) ? found : paths[edge.To] = []).Add(next);
                    Walk(edge.To, next, depth + 1);
                }
            }
            Walk(start, start, 0);
            problems.AddRange(paths.Where(p => p.Value.Count > 1).Select(p => $"{p.Key} from {start}: {string.Join("; ", p.Value)}"));
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [GeneratedRegex("'[^']*[^\\x00-\\x7F][^']*'")]
    private static partial Regex NonAsciiLiteral();

    /// <summary>The standard statement with SQL Server's spellings, written independently of <see cref="SqlDialect"/>.</summary>
    private static string InSqlServerSpelling(string standard) =>
        NonAsciiLiteral().Replace(standard, m => "N" + m.Value)
            .Replace(" || ", " + ", StringComparison.Ordinal)
            .Replace("LENGTH(", "LEN(", StringComparison.Ordinal)
            .Replace("SUBSTR(", "SUBSTRING(", StringComparison.Ordinal)
            .Replace("1 = 1 AS \"Derived\"", "CAST(1 AS BIT) AS \"Derived\"", StringComparison.Ordinal);

    public static TheoryData<string> MartRefreshes => new() { "all", "scoped" };

    [Theory]
    [MemberData(nameof(MartRefreshes))]
    public void The_mart_refresh_for_SqlServer_is_the_same_statement_in_its_spelling_and_parses(string scope)
    {
        DepartmentYearKey[] keys = [new(3, 2023), new(5, 2024)];
        var (standard, sqlServer) = scope == "all"
            ? (BudgetFigures.RefreshAllSql, BudgetFigures.RefreshAllSqlFor(SqlDialect.SqlServer))
            : (BudgetFigures.RefreshSqlFor(SqlDialect.Standard, keys), BudgetFigures.RefreshSqlFor(SqlDialect.SqlServer, keys));

        Assert.Equal(InSqlServerSpelling(standard), sqlServer);
        Assert.Empty(ParseErrors(sqlServer, out var fragment));
        var statements = ((TSqlScript)fragment).Batches.SelectMany(b => b.Statements).ToList();
        Assert.Collection(statements, s => Assert.IsType<DeleteStatement>(s), s => Assert.IsType<InsertStatement>(s));
        // Chinese names are national literals (N'…'): a plain literal would be converted to the database's code page.
        var literals = new Literals();
        fragment.Accept(literals);
        Assert.Contains(literals.Strings, l => l.Value == "其他（未列明）");
        Assert.All(literals.Strings.Where(l => l.Value.Any(c => c > 0x7F)), l => Assert.True(l.IsNational, l.Value));
    }

    [Fact]
    public void The_standard_mart_refresh_does_not_parse_as_TSql()
    {
        // The check above can fail: SQLite's and PostgreSQL's statement is no T-SQL (1 = 1 as a value, ||).
        Assert.NotEmpty(ParseErrors(BudgetFigures.RefreshAllSql, out _));
    }

    [Fact]
    public void The_dialect_follows_the_provider()
    {
        using var db = Context();
        Assert.Same(SqlDialect.SqlServer, SqlDialect.Of(db.Database.ProviderName));
        Assert.Same(SqlDialect.Standard, SqlDialect.Of("Microsoft.EntityFrameworkCore.Sqlite"));
        Assert.Same(SqlDialect.Standard, SqlDialect.Of("Npgsql.EntityFrameworkCore.PostgreSQL"));
    }

    private sealed class Literals : TSqlFragmentVisitor
    {
        public List<StringLiteral> Strings { get; } = [];

        public override void Visit(StringLiteral node) => Strings.Add(node);
    }
}
