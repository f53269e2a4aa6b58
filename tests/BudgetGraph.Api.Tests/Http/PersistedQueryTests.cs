using System.Net;
using BudgetGraph.Api.Documents;
using BudgetGraph.Api.Http;

namespace BudgetGraph.Api.Tests.Http;

/// <summary>Automatic persisted queries as Apollo clients send them (<c>extensions.persistedQuery</c>, version 1).</summary>
public sealed class PersistedQueryTests : IDisposable
{
    private const string Query = "query Sum($a: Int!) { sum(a: $a, b: 2) }";

    // The SHA-256 of Query's UTF-8 bytes, as Apollo's client computes it (sha256 of the printed query).
    private static readonly string Hash = PersistedQueries.Sha256Hex(Query);

    private readonly GraphQLApiFactory _factory = new();
    private readonly HttpClient _client;

    public PersistedQueryTests() => _client = _factory.CreateClient();

    public void Dispose() => _factory.Dispose();

    private static object Extension(string hash, int version = 1) => new { persistedQuery = new { version, sha256Hash = hash } };

    [Fact]
    public void Sha256Hex_IsTheLowercaseHexOfTheUtf8Bytes()
    {
        // Computed independently: printf '{ apiVersion }' | sha256sum
        Assert.Equal("bfda95bbde4b1680c0df3f1f03ae6097e52bb838fd32f967985153eca1460a3e", PersistedQueries.Sha256Hex("{ apiVersion }"));
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData("预算"u8)), PersistedQueries.Sha256Hex("预算"));
    }

    [Theory]
    [InlineData(GraphQLClient.PreferGraphQLResponse, HttpStatusCode.BadRequest)]
    [InlineData("application/json", HttpStatusCode.OK)]
    public async Task UnknownHash_WithoutQuery_IsPersistedQueryNotFound(string accept, HttpStatusCode status)
    {
        var answer = await _client.PostAsync(null, new { a = 1 }, extensions: Extension(Hash), accept: accept);

        Assert.Equal(status, answer.Status);
        Assert.False(answer.HasData);
        Assert.Equal("PersistedQueryNotFound", answer.Message);
        Assert.Equal("PERSISTED_QUERY_NOT_FOUND", answer.Code);
    }

    [Fact]
    public async Task HashWithQuery_RunsAndStores_ThenTheHashAloneRuns_AlsoOverGet()
    {
        var registered = await _client.PostAsync(Query, new { a = 1 }, extensions: Extension(Hash));
        Assert.Equal("""{"data":{"sum":3}}""", registered.Body);

        var byHash = await _client.PostAsync(null, new { a = 40 }, extensions: Extension(Hash.ToUpperInvariant()));
        Assert.Equal("""{"data":{"sum":42}}""", byHash.Body);

        var overGet = await _client.GetAsync([
            ("variables", """{"a":5}"""),
            ("extensions", $$$"""{"persistedQuery":{"version":1,"sha256Hash":"{{{Hash}}}"}}"""),
        ]);
        Assert.Equal(HttpStatusCode.OK, overGet.Status);
        Assert.Equal("""{"data":{"sum":7}}""", overGet.Body);
    }

    [Fact]
    public async Task HashThatDoesNotMatchTheQuery_Is400_AndStoresNothing()
    {
        var other = PersistedQueries.Sha256Hex("{ apiVersion }");

        var answer = await _client.PostAsync(Query, new { a = 1 }, extensions: Extension(other), accept: "application/json");

        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.Equal(ErrorCodes.BadRequest, answer.Code);
        Assert.Equal("extensions.persistedQuery.sha256Hash does not match the SHA-256 of the query text.", answer.Message);
        Assert.Equal("PersistedQueryNotFound", (await _client.PostAsync(null, extensions: Extension(other))).Message);
    }

    [Fact]
    public async Task InvalidDocument_IsNotStored()
    {
        const string broken = "{ sum(a: 1, b: 2) ";
        var hash = PersistedQueries.Sha256Hex(broken);

        Assert.Equal(ErrorCodes.ParseFailed, (await _client.PostAsync(broken, extensions: Extension(hash))).Code);

        Assert.Equal("PersistedQueryNotFound", (await _client.PostAsync(null, extensions: Extension(hash))).Message);
    }

    [Theory]
    [InlineData("""{"persistedQuery":{"version":2,"sha256Hash":"HASH"}}""", "Persisted query version 2 is not supported; this server supports version 1.")]
    [InlineData("""{"persistedQuery":{"sha256Hash":"HASH"}}""", "extensions.persistedQuery must be an object with \"version\": 1 and a \"sha256Hash\" string.")]
    [InlineData("""{"persistedQuery":"HASH"}""", "extensions.persistedQuery must be an object with \"version\": 1 and a \"sha256Hash\" string.")]
    [InlineData("""{"persistedQuery":{"version":1,"sha256Hash":"abc"}}""", "extensions.persistedQuery.sha256Hash must be the SHA-256 of the query as 64 hexadecimal digits.")]
    [InlineData("""{"persistedQuery":{"version":1,"sha256Hash":7}}""", "extensions.persistedQuery.sha256Hash must be the SHA-256 of the query as 64 hexadecimal digits.")]
    public async Task MalformedExtension_Is400(string extensions, string message)
    {
        var answer = await _client.PostRawAsync($$"""{"extensions":{{extensions.Replace("HASH", Hash, StringComparison.Ordinal)}}}""");

        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.Equal(ErrorCodes.BadRequest, answer.Code);
        Assert.Equal(message, answer.Message);
    }

    [Fact]
    public async Task Disabled_AnswersPersistedQueryNotSupported()
    {
        using var factory = new GraphQLApiFactory(new Dictionary<string, string?> { ["GraphQL:PersistedQueries:Enabled"] = "false" });

        var answer = await factory.CreateClient().PostAsync(Query, new { a = 1 }, extensions: Extension(Hash));

        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.Equal("PersistedQueryNotSupported", answer.Message);
        Assert.Equal("PERSISTED_QUERY_NOT_SUPPORTED", answer.Code);
    }
}
