using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using BudgetGraph.Api.Admin;
using BudgetGraph.Api.Tests.Budget;
using BudgetGraph.Api.Tests.Http;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace BudgetGraph.Api.Tests.Admin;

/// <summary>
/// The real API over an empty temporary warehouse (SQLite, or PostgreSQL: TestDatabase) (no import at start), with the admin endpoint enabled
/// by a key made up per run (configuration key <see cref="AdminImportEndpoint.ApiKeySetting"/> or, in
/// <see cref="AdminApi.FromVariable"/>, the environment variable's name as configuration key). The response cache is off
/// unless <paramref name="settings"/> turn it on: these tests compare what the warehouse serves before and after an import,
/// so every query must read the warehouse (ResponseCacheWarehouseTests checks the cache across imports).
/// </summary>
public sealed class AdminApi : IDisposable
{
    private readonly TestDatabase _database = TestDatabase.Create("admin-tests");

    /// <summary>The key this server accepts, or null when none is configured.</summary>
    public string? Key { get; }

    /// <summary>The server.</summary>
    public WebApplicationFactory<Program> Factory { get; }

    /// <summary>Creates the server; <paramref name="keySetting"/> null configures no key; <paramref name="settings"/> are applied last.</summary>
    public AdminApi(string? keySetting = AdminImportEndpoint.ApiKeySetting, IReadOnlyDictionary<string, string>? settings = null)
    {
        Key = keySetting is null ? null : Convert.ToHexString(RandomNumberGenerator.GetBytes(24));
        Factory = new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
        {
            foreach (var (key, value) in _database.Settings)
            {
                b.UseSetting(key, value);
            }
            b.UseSetting("Warehouse:ImportSources", "false");
            b.UseSetting("Logging:LogLevel:Microsoft.EntityFrameworkCore", "Warning");
            // An empty value overrides a key that the machine's environment may hold.
            b.UseSetting(AdminImportEndpoint.ApiKeySetting, "");
            b.UseSetting(AdminImportEndpoint.ApiKeyVariable, "");
            if (keySetting is not null)
            {
                b.UseSetting(keySetting, Key);
            }
            b.UseSetting("Cache:Enabled", "false");
            foreach (var (key, value) in settings ?? new Dictionary<string, string>())
            {
                b.UseSetting(key, value);
            }
        });
    }

    /// <summary>A server whose key comes from the environment variable's configuration entry.</summary>
    public static AdminApi FromVariable() => new(AdminImportEndpoint.ApiKeyVariable);

    /// <summary>POSTs a document's text with the given Authorization header (none when null).</summary>
    public async Task<(HttpResponseMessage Response, JsonNode? Json)> ImportAsync(string file, string text, string? authorization)
    {
        using var client = Factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, $"{AdminImportEndpoint.Path}?file={Uri.EscapeDataString(file)}")
        {
            Content = new StringContent(text, Encoding.UTF8, "text/plain"),
        };
        if (authorization is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
        }
        var response = await client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        return (response, body.Length == 0 ? null : JsonNode.Parse(body));
    }

    /// <summary>The departments the public API serves, as "code name" lines.</summary>
    public async Task<string> DepartmentsAsync()
    {
        using var client = Factory.CreateClient();
        var answer = await client.PostAsync("{ departments { code name } }");
        Assert.Equal(HttpStatusCode.OK, answer.Status);
        return string.Join('\n', answer.Data!["departments"]!.AsArray().Select(d => $"{d!["code"]} {d["name"]}"));
    }

    /// <inheritdoc />
    public void Dispose()
    {
        Factory.Dispose();
        _database.DisposeAsync().AsTask().GetAwaiter().GetResult();
    }
}

/// <summary>Issue 8, item 1: importing over HTTP only with the API key; the GraphQL schema stays read-only.</summary>
public sealed class AdminImportTests : IClassFixture<AdminImportTests.Server>
{
    /// <summary>One server per class.</summary>
    public sealed class Server() : IDisposable
    {
        /// <summary>The API.</summary>
        public AdminApi Api { get; } = new();

        /// <inheritdoc />
        public void Dispose() => Api.Dispose();
    }

    private readonly AdminApi _api;

    public AdminImportTests(Server server) => _api = server.Api;

    private static string Source(string prefix) =>
        File.ReadAllText(Directory.GetFiles(WarehouseFixture.SourcesDirectory, prefix + "*.txt").Single());

    [Fact]
    public async Task WithoutAKey_Is401WithWwwAuthenticate()
    {
        var before = await _api.DepartmentsAsync();
        var (response, json) = await _api.ImportAsync("004.txt", Source("004_"), authorization: null);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Bearer realm=\"BudgetGraph admin\"", Assert.Single(response.Headers.WwwAuthenticate).ToString());
        Assert.Equal("An API key is required: send Authorization: Bearer <key>.", json!["error"]!.GetValue<string>());
        Assert.Equal(before, await _api.DepartmentsAsync());
    }

    [Theory]
    [InlineData("Basic dXNlcjpwYXNz")]
    [InlineData("Bearer ")]
    public async Task AnotherSchemeOrAnEmptyBearer_Is401(string authorization)
    {
        var (response, _) = await _api.ImportAsync("004.txt", Source("004_"), authorization);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.NotEmpty(response.Headers.WwwAuthenticate);
    }

    [Fact]
    public async Task AWrongKey_Is403_AndChangesNothing()
    {
        // Same length as the real key, differing in the last character only: still refused.
        var before = await _api.DepartmentsAsync();
        var key = _api.Key!;
        var wrong = key[..^1] + (key[^1] == 'A' ? 'B' : 'A');
        foreach (var guess in new[] { wrong, key + "0", key[..^1], key.ToLowerInvariant() })
        {
            var (response, json) = await _api.ImportAsync("004.txt", Source("004_"), "Bearer " + guess);

            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
            Assert.Equal("The API key is not valid.", json!["error"]!.GetValue<string>());
        }
        Assert.Equal(before, await _api.DepartmentsAsync());
    }

    [Fact]
    public async Task ARefusedDocument_Is422WithTheImportersMessage_AndChangesNothing()
    {
        var before = await _api.DepartmentsAsync();
        var cut = string.Join('\n', Source("004_").Split('\n').Take(1046)); // ends after 表5 (line 1043)

        var (response, json) = await _api.ImportAsync("004_cut.txt", cut, "Bearer " + _api.Key);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("004_cut.txt: line 1043: expected a table titled 一般公共预算支出表（按功能分类） for the 一般公共预算拨款 of 29760 万元 in 表1 收支总表, but the document ends without one",
            json!["error"]!.GetValue<string>());
        Assert.Equal(1043, json["line"]!.GetValue<int>());
        Assert.Equal(before, await _api.DepartmentsAsync());
    }

    [Theory]
    [InlineData("")]
    [InlineData("../004.txt")]
    [InlineData("004.pdf")]
    public async Task AFileNameThatIsNotAPlainTxtName_Is400(string file)
    {
        var (response, json) = await _api.ImportAsync(file, Source("004_"), "Bearer " + _api.Key);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Expected the query parameter file=<name>.txt naming the document (no directory).", json!["error"]!.GetValue<string>());
    }

    [Fact]
    public async Task ADocumentOverTheSizeLimit_Is413()
    {
        var (response, _) = await _api.ImportAsync("big.txt", new string('x', AdminImportEndpoint.MaxDocumentBytes + 1), "Bearer " + _api.Key);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task TheRightKey_ImportsAndAnswersWhatWasImported_AndTheDepartmentIsServed()
    {
        var (first, json) = await _api.ImportAsync("004_pingshan.txt", Source("004_"), "Bearer " + _api.Key);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal("004_pingshan.txt", json!["file"]!.GetValue<string>());
        Assert.Equal(2023, json["year"]!.GetValue<int>());
        Assert.Equal("Budget", json["kind"]!.GetValue<string>());
        Assert.False(json["replaced"]!.GetValue<bool>());
        var facts = json["facts"]!.GetValue<int>();
        Assert.True(facts > 0);
        var served = await _api.DepartmentsAsync();
        Assert.Contains("深圳市坪山区政务服务数据管理局", served, StringComparison.Ordinal);
        Assert.StartsWith(json["department"]!.GetValue<string>() + " ", served, StringComparison.Ordinal);

        // Importing it again replaces the department-year's facts: one copy, the same count.
        var (again, second) = await _api.ImportAsync("004_pingshan.txt", Source("004_"), "bearer " + _api.Key);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.True(second!["replaced"]!.GetValue<bool>());
        Assert.Equal(facts, second["facts"]!.GetValue<int>());
        Assert.Equal(served, await _api.DepartmentsAsync());
    }

    [Fact]
    public async Task ThePublicSchemaHasNoMutations()
    {
        using var client = _api.Factory.CreateClient();
        var answer = await client.PostAsync("{ __schema { mutationType { name } subscriptionType { name } } }");

        Assert.Equal("""{"data":{"__schema":{"mutationType":null,"subscriptionType":null}}}""", answer.Body);
    }
}

/// <summary>Two imports of the same department-year at once, over HTTP, leave one consistent copy.</summary>
public sealed class AdminConcurrentImportTests
{
    [Fact]
    public async Task TwoConcurrentImportsOfTheSameDocument_LeaveOneCopy()
    {
        using var api = new AdminApi();
        var text = File.ReadAllText(Directory.GetFiles(WarehouseFixture.SourcesDirectory, "004_*.txt").Single());

        var answers = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => Task.Run(() => api.ImportAsync("004.txt", text, "Bearer " + api.Key))));

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.OK, a.Response.StatusCode));
        var facts = answers.Select(a => a.Json!["facts"]!.GetValue<int>()).Distinct();
        Assert.Single(facts);
        // Exactly one of the two found the other's copy and replaced it.
        Assert.Equal([false, true], answers.Select(a => a.Json!["replaced"]!.GetValue<bool>()).Order());
        Assert.Single((await api.DepartmentsAsync()).Split('\n'));
        using var client = api.Factory.CreateClient();
        const string query = "{ departments { fiscalYears } expenditures { totalCount } economic: expenditures(classification: ECONOMIC) { totalCount } }";
        var afterRace = await client.PostAsync(query);
        Assert.StartsWith("""{"data":{"departments":[{"fiscalYears":[2023]}],""", afterRace.Body, StringComparison.Ordinal);

        // One more import, alone, replaces that copy: the same rows, so the race left no duplicate and lost none.
        var (alone, _) = await api.ImportAsync("004.txt", text, "Bearer " + api.Key);
        Assert.Equal(HttpStatusCode.OK, alone.StatusCode);
        Assert.Equal(afterRace.Body, (await client.PostAsync(query)).Body);
    }
}

/// <summary>Without a configured key the endpoint does not exist; the key may come from the environment variable.</summary>
public sealed class AdminImportConfigurationTests
{
    [Fact]
    public async Task WithoutAConfiguredKey_TheEndpointIsNotMapped()
    {
        using var api = new AdminApi(keySetting: null);

        var (response, _) = await api.ImportAsync("004.txt", "text", "Bearer anything");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task TheKeyFromTheEnvironmentVariable_IsAccepted()
    {
        using var api = AdminApi.FromVariable();

        var (wrong, _) = await api.ImportAsync("x.txt", "x", "Bearer not-the-key");
        var (right, json) = await api.ImportAsync("x.txt", "x", "Bearer " + api.Key);

        Assert.Equal(HttpStatusCode.Forbidden, wrong.StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, right.StatusCode); // authorised; the importer refuses "x"
        Assert.StartsWith("x.txt: line 1: expected ", json!["error"]!.GetValue<string>(), StringComparison.Ordinal);
    }
}
