using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace BudgetGraph.Api.Tests.Http;

/// <summary>What front-end teams rely on: CORS from configuration, caching of GET answers, compression.</summary>
public sealed class FrontEndTests : IDisposable
{
    private const string AllowedOrigin = "https://budgets.example.org";

    private readonly GraphQLApiFactory _factory = new(new Dictionary<string, string?>
    {
        ["Cors:AllowedOrigins:0"] = AllowedOrigin,
        ["Cors:AllowedOrigins:1"] = "https://other.example.org/",
    });

    private readonly HttpClient _client;

    public FrontEndTests() => _client = _factory.CreateClient();

    public void Dispose() => _factory.Dispose();

    private static HttpRequestMessage Preflight(string origin, string method = "POST", string headers = "content-type")
    {
        var request = new HttpRequestMessage(HttpMethod.Options, "/graphql");
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", method);
        request.Headers.Add("Access-Control-Request-Headers", headers);
        return request;
    }

    [Theory]
    [InlineData(AllowedOrigin)]
    [InlineData("https://other.example.org")]
    public async Task Preflight_FromAnAllowedOrigin_IsAllowed(string origin)
    {
        using var response = await _client.SendAsync(Preflight(origin, "POST", "content-type,apollographql-client-name"));

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal(origin, response.Header("Access-Control-Allow-Origin"));
        Assert.Contains("POST", response.Header("Access-Control-Allow-Methods"), StringComparison.Ordinal);
        Assert.Equal("content-type,apollographql-client-name", response.Header("Access-Control-Allow-Headers"));
        Assert.Equal("600", response.Header("Access-Control-Max-Age"));
    }

    [Fact]
    public async Task Preflight_FromAnotherOrigin_GetsNoCorsHeaders()
    {
        using var response = await _client.SendAsync(Preflight("https://evil.example.com"));

        Assert.Null(response.Header("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task Preflight_ForAnotherMethod_IsNotAllowed()
    {
        using var response = await _client.SendAsync(Preflight(AllowedOrigin, "DELETE"));

        Assert.Null(response.Header("Access-Control-Allow-Methods"));
    }

    [Fact]
    public async Task CrossOriginPost_FromAnAllowedOrigin_ExposesTheOriginAndHeaders()
    {
        var answer = await _client.PostBytesAsync(Encoding.UTF8.GetBytes("""{"query":"{ apiVersion }"}"""), headers: [("Origin", AllowedOrigin)]);

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Equal(AllowedOrigin, answer.Response.Header("Access-Control-Allow-Origin"));
        Assert.Equal("ETag,Retry-After,X-Correlation-Id,X-Cache", answer.Response.Header("Access-Control-Expose-Headers"));
    }

    [Fact]
    public async Task WithoutConfiguredOrigins_NoOriginIsAllowed()
    {
        using var factory = new GraphQLApiFactory();

        using var response = await factory.CreateClient().SendAsync(Preflight(AllowedOrigin));

        Assert.Null(response.Header("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task Get_HasAnETagAndCacheControl_AndIfNoneMatchGives304()
    {
        var first = await _client.GetQueryAsync("{ apiVersion items(first: 2) { id } }");
        var etag = first.Response.Headers.ETag;

        Assert.Equal(HttpStatusCode.OK, first.Status);
        Assert.NotNull(etag);
        Assert.True(etag.IsWeak);
        Assert.Equal("public, max-age=60", first.Response.Header("Cache-Control"));

        var again = await _client.GetAsync([("query", "{ apiVersion items(first: 2) { id } }")], headers: [("If-None-Match", etag.ToString())]);
        Assert.Equal(HttpStatusCode.NotModified, again.Status);
        Assert.Equal("", again.Body);
        Assert.Equal(etag, again.Response.Headers.ETag);

        var other = await _client.GetAsync([("query", "{ apiVersion items(first: 3) { id } }")], headers: [("If-None-Match", etag.ToString())]);
        Assert.Equal(HttpStatusCode.OK, other.Status);
        Assert.NotEqual(etag, other.Response.Headers.ETag);
    }

    [Fact]
    public async Task Get_WithErrors_IsNotStored()
    {
        var answer = await _client.GetQueryAsync("{ apiVersion", accept: "application/json");

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Equal("no-store", answer.Response.Header("Cache-Control"));
        Assert.Equal("Accept", answer.Response.Header("Vary"));
    }

    [Fact]
    public async Task Post_IsNotCached()
    {
        var answer = await _client.PostAsync("{ apiVersion }");

        Assert.Null(answer.Response.Headers.ETag);
        Assert.Null(answer.Response.Header("Cache-Control"));
    }

    [Theory]
    [InlineData("br")]
    [InlineData("gzip")]
    public async Task Response_IsCompressedAsTheClientAccepts(string encoding)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent("""{"query":"{ items(first: 100) { id name } }"}""", Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.ParseAdd("application/graphql-response+json");
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue(encoding));

        using var response = await _client.SendAsync(request);
        var compressed = await response.Content.ReadAsByteArrayAsync();
        using Stream decoder = encoding == "br"
            ? new BrotliStream(new MemoryStream(compressed), CompressionMode.Decompress)
            : new GZipStream(new MemoryStream(compressed), CompressionMode.Decompress);
        var text = await new StreamReader(decoder, Encoding.UTF8).ReadToEndAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal([encoding], response.Content.Headers.ContentEncoding);
        Assert.StartsWith("""{"data":{"items":[{"id":1,"name":"item 1"},""", text, StringComparison.Ordinal);
        Assert.True(compressed.Length < text.Length / 3, $"{compressed.Length} compressed bytes for {text.Length} characters");
    }
}
