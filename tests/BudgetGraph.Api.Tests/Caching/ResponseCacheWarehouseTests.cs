using System.Net;
using BudgetGraph.Api.Bench;
using BudgetGraph.Api.Caching;
using BudgetGraph.Api.Tests.Admin;
using BudgetGraph.Api.Tests.Budget;
using BudgetGraph.Api.Tests.Http;

namespace BudgetGraph.Api.Tests.Caching;

/// <summary>
/// The response cache over the real warehouse (the API as Program wires it, an empty database, documents imported
/// through <c>POST /admin/import</c>), with SQL statements counted per request (<c>Bench:CountStatements</c>).
/// </summary>
public sealed class ResponseCacheWarehouseTests : IDisposable
{
    private const string Departments = "{ departments { code name kind } }";

    private readonly AdminApi _api = new(settings: new Dictionary<string, string>
    {
        ["Cache:Enabled"] = "true",
        ["Bench:CountStatements"] = "true",
    });

    public void Dispose() => _api.Dispose();

    private static string Source(string prefix) =>
        File.ReadAllText(Directory.GetFiles(WarehouseFixture.SourcesDirectory, prefix + "*.txt").Single());

    private static (string? Cache, string? Statements) Headers(GraphQLAnswer answer) =>
        (answer.Response.Header(ResponseCacheSetup.Header), answer.Response.Header(StatementCounting.Header));

    [Fact]
    public async Task AHit_RunsNoStatement_AndAnImportThroughTheServer_EmptiesTheCache()
    {
        using var client = _api.Factory.CreateClient();

        var empty = await client.PostAsync(Departments);
        var emptyAgain = await client.PostAsync(Departments);

        Assert.Equal("""{"data":{"departments":[]}}""", empty.Body);
        Assert.Equal("miss", Headers(empty).Cache);
        Assert.NotEqual("0", Headers(empty).Statements);
        Assert.Equal(("hit", "0"), Headers(emptyAgain));
        Assert.Equal(empty.Body, emptyAgain.Body);

        var (imported, _) = await _api.ImportAsync("004.txt", Source("004_"), "Bearer " + _api.Key);
        Assert.Equal(HttpStatusCode.OK, imported.StatusCode);

        var after = await client.PostAsync(Departments);
        Assert.Equal("miss", Headers(after).Cache);
        Assert.NotEqual("0", Headers(after).Statements);
        var department = Assert.Single(after.Data!["departments"]!.AsArray());
        Assert.Equal("psqzsj", department!["code"]!.GetValue<string>());
        Assert.Equal(("hit", "0"), Headers(await client.PostAsync(Departments)));
    }

    [Fact]
    public async Task AWrongKey_OrADocumentRefusedBeforeAnythingIsWritten_LeavesTheCacheAsItWas()
    {
        using var client = _api.Factory.CreateClient();
        await client.PostAsync(Departments);
        var cut = string.Join('\n', Source("004_").Split('\n').Take(1046)); // the stager refuses it: nothing is written

        var (forbidden, _) = await _api.ImportAsync("004.txt", Source("004_"), "Bearer wrong");
        var (refused, _) = await _api.ImportAsync("004_cut.txt", cut, "Bearer " + _api.Key);

        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var after = await client.PostAsync(Departments);
        Assert.Equal(("hit", "0"), Headers(after));
        Assert.Equal("""{"data":{"departments":[]}}""", after.Body);
    }
}
