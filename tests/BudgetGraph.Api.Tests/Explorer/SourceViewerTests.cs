using System.Net;
using System.Text.Json;
using BudgetGraph.Api.Explorer;
using BudgetGraph.Api.Tests.Budget;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace BudgetGraph.Api.Tests.Explorer;

/// <summary>
/// The source viewer (<c>/source/{file}</c>) and <c>source.url</c>, over the real API: a temporary SQLite
/// warehouse imported at start-up from a COPY of data/sources, so a test may change or remove a file
/// afterwards and see the viewer refuse it.
/// </summary>
public sealed class SourceViewerTests : IAsyncLifetime
{
    private readonly string _sources = Directory.CreateTempSubdirectory("budgetgraph-sources-").FullName;
    private readonly string _database = Path.Combine(Path.GetTempPath(), $"budgetgraph-source-viewer-{Guid.NewGuid():N}.db");
    private Api? _api;

    public Task InitializeAsync()
    {
        foreach (var file in Directory.GetFiles(WarehouseFixture.SourcesDirectory, "*.txt"))
        {
            File.Copy(file, Path.Combine(_sources, Path.GetFileName(file)));
        }

        _api = new Api(_database, _sources);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        if (_api is not null)
        {
            await _api.DisposeAsync();
        }

        Directory.Delete(_sources, recursive: true);
        foreach (var file in new[] { _database, _database + "-wal", _database + "-shm" })
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task ACitedLine_IsShownHighlighted_WithTheDocumentsTitleDepartmentAndYear()
    {
        var client = _api!.CreateClient();
        var response = await client.GetAsync("/source/000_477d07774565aff8.txt?lines=900");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html; charset=utf-8", response.Content.Headers.ContentType!.ToString());
        Assert.Contains("<h1 id=\"doc-title\">2023年深圳市大数据资源管理中心部门预算</h1>", html, StringComparison.Ordinal);
        Assert.Contains("<dd id=\"doc-department\">深圳市大数据资源管理中心</dd>", html, StringComparison.Ordinal);
        Assert.Contains("<dd id=\"doc-year\">2023</dd>", html, StringComparison.Ordinal);
        // A table row is cited alone (no sentence to extend to), and every line of the text is there.
        Assert.Contains("<li id=\"L900\" class=\"cited end\">", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<li id=\"L899\" class=\"cited", html, StringComparison.Ordinal);
        // Numbered as the importer numbers them: the empty line after the final line break counts (1,695 lines).
        Assert.Contains("<li id=\"L1695\">", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<li id=\"L1696\"", html, StringComparison.Ordinal);
        Assert.Contains("94294", html.Split("<li id=\"L900\"")[1].Split("</li>")[0].Replace(",", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AFileWhoseBytesDifferFromTheImportedDocument_IsNotShown()
    {
        var client = _api!.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/source/004_829e804d26be851d.txt")).StatusCode); // imported, then changed:
        var path = Path.Combine(_sources, "004_829e804d26be851d.txt");
        await File.AppendAllTextAsync(path, "\n一行新增的文字\n");

        var response = await client.GetAsync("/source/004_829e804d26be851d.txt?lines=3");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Matches("<p class=\"missing\">The file 004_829e804d26be851d.txt in the sources directory is not the document that was imported "
            + "\\(SHA-256 [0-9a-f]{64}, imported [0-9a-f]{64}\\): its lines may not be the cited ones, so it is not shown.</p>", html);
        Assert.DoesNotContain("一行新增的文字", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AMissingFile_AndAnUnknownName_Answer404WithAPageSayingWhich()
    {
        var client = _api!.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/source/003_94a530100b90bc43.txt")).StatusCode);
        File.Delete(Path.Combine(_sources, "003_94a530100b90bc43.txt"));

        var missing = await client.GetAsync("/source/003_94a530100b90bc43.txt");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Contains("<p class=\"missing\">The text of 2024年深圳市政务服务和数据管理局（本级）部门预算 (003_94a530100b90bc43.txt) is not in the sources directory of this server.</p>",
            await missing.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var unknown = await client.GetAsync("/source/999_unknown.txt");
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Contains("<p class=\"missing\">No imported document is named 999_unknown.txt.</p>", await unknown.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        // Only names of imported documents are opened: a path out of the folder is just an unknown name.
        var outside = await client.GetAsync("/source/..%2Fappsettings.json");
        Assert.Equal(HttpStatusCode.NotFound, outside.StatusCode);
        Assert.DoesNotContain("Warehouse", await outside.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task EverySourceOfTheApi_CarriesTheViewersUrl_AndDocumentsListsWhatEachFileCovers()
    {
        var client = _api!.CreateClient();
        var body = JsonSerializer.Serialize(new
        {
            query = """
                { compare(year: 2023, departmentCodes: ["szdsj"]) { totals { source { line url } } }
                  documents { fileName kind year departmentCode stages expenditureTable url } }
                """,
        });
        var response = await client.PostAsync("/graphql", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var data = json.RootElement.GetProperty("data");

        Assert.Equal("/source/000_477d07774565aff8.txt?lines=900#L900",
            data.GetProperty("compare").GetProperty("totals")[0].GetProperty("source").GetProperty("url").GetString());
        var documents = data.GetProperty("documents").EnumerateArray().ToList();
        Assert.Equal(5, documents.Count);
        var report = documents.Single(d => d.GetProperty("fileName").GetString() == "002_3afb677bef38dff9.txt");
        Assert.Equal("EVALUATION", report.GetProperty("kind").GetString());
        Assert.Equal(2024, report.GetProperty("year").GetInt32());
        Assert.Equal(["INITIAL", "ADJUSTED", "ACTUAL"], report.GetProperty("stages").EnumerateArray().Select(s => s.GetString()));
        Assert.False(report.GetProperty("expenditureTable").GetBoolean());
        Assert.Equal("/source/002_3afb677bef38dff9.txt", report.GetProperty("url").GetString());
        Assert.All(documents.Where(d => d.GetProperty("kind").GetString() == "BUDGET"), d => Assert.True(d.GetProperty("expenditureTable").GetBoolean()));
    }

    [Theory]
    [InlineData("12", 100, 12, 12)]
    [InlineData("10-12", 100, 10, 12)]
    [InlineData("98-120", 100, 98, 100)]
    [InlineData("0", 100, 0, -1)]
    [InlineData("12-10", 100, 0, -1)]
    [InlineData("101", 100, 0, -1)]
    [InlineData("x", 100, 0, -1)]
    [InlineData(null, 100, 0, -1)]
    public void TheLinesParameter_IsALineOrARange_ClampedToTheDocument(string? lines, int count, int from, int to) =>
        Assert.Equal((from, to), SourceViewerEndpoints.ParseLines(lines, count));

    [Fact]
    public void AWrappedSentence_IsHighlightedFromItsStart_ATableRowAlone()
    {
        string[] prose = ["（1）预算执行情况", "", "我中心年初预算 68,098.25 万元，年中调整后预算数为", "", "112,233.18 万元，全年实际支出预算数 108,019.30 万元，", "", "2024 年度预算执行率为 96.25%。"];
        Assert.Equal(3, SourceViewerEndpoints.SentenceStart(prose, 7));
        string[] table = ["201 一般公共服务支出     93,003    93,003", "20103 政府办公厅（室）及相关机构事务    93,003   93,003"];
        Assert.Equal(2, SourceViewerEndpoints.SentenceStart(table, 2));
        string[] sentences = ["上一句结束于句号，这里是完整的一句话。", "新的一句从这里开始并且在这里结束。"];
        Assert.Equal(2, SourceViewerEndpoints.SentenceStart(sentences, 2));
    }

    private sealed class Api(string database, string sources) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseSetting("db", database);
            builder.UseSetting("Warehouse:Sources", sources);
            builder.UseSetting("Logging:LogLevel:Microsoft.EntityFrameworkCore", "Warning");
        }
    }
}
