using System.Net;
using System.Text;
using BudgetGraph.Api.Http;

namespace BudgetGraph.Api.Tests.Http;

/// <summary>
/// GraphQL over HTTP as the specification describes it: media type negotiation, the status codes of each
/// media type, GET versus POST, request parameters.
/// </summary>
public sealed class ProtocolTests : IClassFixture<TestSchemaApi>
{
    private readonly HttpClient _client;

    public ProtocolTests(TestSchemaApi api)
    {
        _client = api.Factory.CreateClient();
    }

    private const string GraphQLResponseJson = "application/graphql-response+json";
    private const string Json = "application/json";

    [Theory]
    [InlineData("application/graphql-response+json, application/json", GraphQLResponseJson)]
    [InlineData("application/json, application/graphql-response+json", GraphQLResponseJson)]
    [InlineData("application/graphql-response+json", GraphQLResponseJson)]
    [InlineData("application/graphql-response+json;charset=utf-8", GraphQLResponseJson)]
    [InlineData("application/json", Json)]
    [InlineData("application/graphql-response+json;q=0.5, application/json", Json)]
    [InlineData("application/graphql-response+json, application/json;q=0.9", GraphQLResponseJson)]
    [InlineData("*/*", Json)]
    [InlineData("application/*", Json)]
    [InlineData("*/*, application/graphql-response+json;q=0.1", Json)]
    [InlineData("text/html, application/graphql-response+json;q=0.8", GraphQLResponseJson)]
    [InlineData(null, Json)]
    public async Task Post_AnswersInTheMediaTypeTheClientPrefers(string? accept, string expected)
    {
        var answer = await _client.PostAsync("{ apiVersion }", accept: accept);

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Equal(expected, answer.MediaType);
        Assert.Equal("utf-8", answer.ContentType()!.CharSet);
        Assert.Equal(HotChocolateTestSchema.ApiVersion, answer.Data!["apiVersion"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("text/html")]
    [InlineData("application/xml, text/plain")]
    [InlineData("application/json;q=0, application/graphql-response+json;q=0")]
    public async Task Post_AcceptingNeitherJsonType_IsNotAcceptable(string accept)
    {
        var answer = await _client.PostAsync("{ apiVersion }", accept: accept);

        Assert.Equal(HttpStatusCode.NotAcceptable, answer.Status);
        Assert.Equal(Json, answer.MediaType);
        Assert.Equal(ErrorCodes.NotAcceptable, answer.Code);
        Assert.Equal("The Accept header admits neither application/graphql-response+json nor application/json; accept one of them (or */*).", answer.Message);
    }

    public static TheoryData<string, string, string> RequestErrors => new()
    {
        { "{ apiVersion", ErrorCodes.ParseFailed, "Expected a `RightBrace`-token, but found a `EndOfFile`-token." },
        { "query A { apiVersion } query B { apiVersion }", ErrorCodes.OperationResolutionFailure,
            "The operation name can only be omitted if there is just one operation in a GraphQL document." },
    };

    [Theory]
    [MemberData(nameof(RequestErrors))]
    public async Task RequestError_HasNoData_And400UnderGraphQLResponseJson_200UnderJson(string query, string code, string message)
    {
        foreach (var (accept, status) in new[] { (GraphQLResponseJson, HttpStatusCode.BadRequest), (Json, HttpStatusCode.OK) })
        {
            var answer = await _client.PostAsync(query, accept: accept);

            Assert.Equal(status, answer.Status);
            Assert.Equal(accept, answer.MediaType);
            Assert.False(answer.HasData);
            Assert.Equal(code, answer.Code);
            Assert.Equal(message, answer.Message);
        }
    }

    [Theory]
    [InlineData(GraphQLResponseJson, HttpStatusCode.BadRequest)]
    [InlineData(Json, HttpStatusCode.OK)]
    public async Task VariableCoercionFailure_IsARequestError(string accept, HttpStatusCode expected)
    {
        var answer = await _client.PostAsync("query Sum($a: Int!) { sum(a: $a, b: 1) }", variables: new { a = "seven" }, accept: accept);

        Assert.Equal(expected, answer.Status);
        Assert.False(answer.HasData);
        Assert.Equal(ErrorCodes.BadUserInput, answer.Code);
        Assert.Equal("Int cannot coerce the given value JSON element of type `String` to a runtime value.", answer.Message);
    }

    [Fact]
    public async Task FieldError_Is200WithData_UnderGraphQLResponseJson()
    {
        var answer = await _client.PostAsync("{ apiVersion publicFail }", accept: GraphQLResponseJson);

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Equal(HotChocolateTestSchema.ApiVersion, answer.Data!["apiVersion"]!.GetValue<string>());
        Assert.Null(answer.Data["publicFail"]);
        Assert.Equal("No budget for 1999.", answer.Message);
        Assert.Equal("NOT_FOUND", answer.Code);
        Assert.Equal("publicFail", answer.Errors[0]!["path"]![0]!.GetValue<string>());
    }

    [Fact]
    public async Task Post_WithOperationNameVariablesAndExtensions_RunsTheNamedOperation()
    {
        var answer = await _client.PostAsync(
            "query A { apiVersion } query B($a: Int!, $b: Int!) { sum(a: $a, b: $b) }",
            variables: new { a = 20, b = 22 }, operationName: "B", extensions: new { client = "test", trace = new[] { 1, 2 } });

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Equal("""{"data":{"sum":42}}""", answer.Body);
    }

    [Theory]
    [InlineData("""{"query":"{ apiVersion }","variables":null,"operationName":null,"extensions":null}""")]
    [InlineData("""{"query":"{ apiVersion }","unknownParameter":[1]}""")]
    public async Task Post_NullOrUnknownParameters_AreIgnored(string body)
    {
        var answer = await _client.PostRawAsync(body);

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Empty(answer.Errors);
    }

    [Theory]
    [InlineData("""{"query":1}""", "The \"query\" parameter must be a string, not a number.")]
    [InlineData("""{"query":{"a":1}}""", "The \"query\" parameter must be a string, not an object.")]
    [InlineData("""{"query":"{ apiVersion }","operationName":false}""", "The \"operationName\" parameter must be a string, not a boolean.")]
    [InlineData("""{"query":"{ apiVersion }","variables":"{}"}""", "The \"variables\" parameter must be a JSON object, not a string.")]
    [InlineData("""{"query":"{ apiVersion }","variables":[1]}""", "The \"variables\" parameter must be a JSON object, not an array.")]
    [InlineData("""{"query":"{ apiVersion }","extensions":0}""", "The \"extensions\" parameter must be a JSON object, not a number.")]
    [InlineData("""{"qeury":"{ apiVersion }"}""", "The request has no \"query\" parameter; send the GraphQL document as a string in \"query\".")]
    [InlineData("""{"query":""}""", "The request has no \"query\" parameter; send the GraphQL document as a string in \"query\".")]
    [InlineData("\"{ apiVersion }\"", "The request body must be a JSON object with a \"query\" string, not a string.")]
    [InlineData("", "The request body is empty; POST a JSON object with a \"query\" string.")]
    [InlineData("{ \"not a JSON", "The request body is not valid JSON: Expected end of string, but instead reached end of data. LineNumber: 0 | BytePositionInLine: 13.")]
    public async Task Post_MalformedParameters_Are400WhateverTheMediaType(string body, string message)
    {
        foreach (var accept in new[] { GraphQLResponseJson, Json })
        {
            var answer = await _client.PostRawAsync(body, accept);

            Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
            Assert.Equal(ErrorCodes.BadRequest, answer.Code);
            Assert.Equal(message, answer.Message);
        }
    }

    [Fact]
    public async Task Post_AJsonArray_IsRefused_BatchingIsNotSupported()
    {
        var answer = await _client.PostRawAsync("""[{"query":"{ apiVersion }"},{"query":"{ sum(a: 1, b: 2) }"}]""");

        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.Equal(ErrorCodes.BatchingNotSupported, answer.Code);
        Assert.Equal("Batched requests (a JSON array of operations) are not supported; send one JSON object per request.", answer.Message);
    }

    [Theory]
    [InlineData(null, "The request has no Content-Type header; POST the request as application/json.")]
    [InlineData("text/plain", "Content-Type \"text/plain\" is not supported; POST the request as application/json.")]
    [InlineData("application/x-www-form-urlencoded", "Content-Type \"application/x-www-form-urlencoded\" is not supported; POST the request as application/json.")]
    [InlineData("application/graphql", "Content-Type \"application/graphql\" is not supported; POST the request as application/json.")]
    [InlineData("application/json; charset=utf-16", "Charset \"utf-16\" is not supported; send the request body in UTF-8.")]
    public async Task Post_OtherContentTypes_AreUnsupportedMediaTypes(string? contentType, string message)
    {
        var answer = await _client.PostBytesAsync(Encoding.UTF8.GetBytes("""{"query":"{ apiVersion }"}"""), contentType: contentType);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, answer.Status);
        Assert.Equal(ErrorCodes.UnsupportedMediaType, answer.Code);
        Assert.Equal(message, answer.Message);
    }

    [Theory]
    [InlineData("application/json; charset=utf-8")]
    [InlineData("application/json; charset=UTF-8")]
    [InlineData("Application/JSON")]
    public async Task Post_JsonWithUtf8Charset_IsAccepted(string contentType)
    {
        var answer = await _client.PostBytesAsync(Encoding.UTF8.GetBytes("""{"query":"{ echo(text: \"预算 🏊\") }"}"""), contentType: contentType);

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Equal("预算 🏊", answer.Data!["echo"]!.GetValue<string>());
        Assert.Contains("预算", answer.Body, StringComparison.Ordinal); // written as UTF-8, not escaped
    }

    [Fact]
    public async Task Post_InvalidUtf8_Is400WithAGraphQLError()
    {
        var body = Encoding.UTF8.GetBytes("""{"query":"{ echo(text: \"AB\") }"}""");
        body[Array.IndexOf(body, (byte)'A')] = 0xC3; // a lead byte followed by 'B': not UTF-8
        var answer = await _client.PostBytesAsync(body);

        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.Equal(ErrorCodes.BadRequest, answer.Code);
        Assert.Equal("The request body is not valid UTF-8.", answer.Message);
    }

    [Fact]
    public async Task Get_RunsAQueryWithVariablesAndOperationName()
    {
        var answer = await _client.GetAsync([
            ("query", "query A { apiVersion } query B($a: Int!) { sum(a: $a, b: 2) }"),
            ("operationName", "B"),
            ("variables", """{"a":40}"""),
            ("extensions", """{"x":1}"""),
        ]);

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Equal(GraphQLResponseJson, answer.MediaType);
        Assert.Equal("""{"data":{"sum":42}}""", answer.Body);
        Assert.Equal("Accept", answer.Response.Header("Vary"));
    }

    [Theory]
    [InlineData("mutation { touch }", "mutation")]
    [InlineData("query Q { apiVersion } mutation M { touch }", "mutation")]
    public async Task Get_Mutation_IsMethodNotAllowed_AndDoesNotRun(string query, string kind)
    {
        var parameters = new List<(string, string)> { ("query", query) };
        if (query.StartsWith("query Q", StringComparison.Ordinal))
        {
            parameters.Add(("operationName", "M"));
        }

        foreach (var accept in new[] { GraphQLResponseJson, Json })
        {
            var answer = await _client.GetAsync(parameters, accept);

            Assert.Equal(HttpStatusCode.MethodNotAllowed, answer.Status);
            Assert.Equal("POST", answer.Response.Content.Headers.Allow.Single());
            Assert.Equal(ErrorCodes.MethodNotAllowed, answer.Code);
            Assert.Equal($"GET requests may only run queries; send this {kind} with POST.", answer.Message);
        }
    }

    [Fact]
    public async Task Head_AnswersLikeGet_WithoutABody()
    {
        using var get = new HttpRequestMessage(HttpMethod.Get, "/graphql?query=%7BapiVersion%7D");
        using var head = new HttpRequestMessage(HttpMethod.Head, "/graphql?query=%7BapiVersion%7D");

        var getAnswer = await _client.SendAndReadAsync(get, Json);
        var headAnswer = await _client.SendAndReadAsync(head, Json);

        Assert.Equal(HttpStatusCode.OK, headAnswer.Status);
        Assert.Equal(getAnswer.Response.Headers.ETag, headAnswer.Response.Headers.ETag);
        Assert.Equal("", headAnswer.Body);
    }

    [Fact]
    public async Task Post_Mutation_Runs()
    {
        var answer = await _client.PostAsync("mutation { touch }");

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.True(answer.Data!["touch"]!.GetValue<int>() >= 1);
    }

    [Theory]
    [InlineData("query=%7BapiVersion%7D&query=%7BapiVersion%7D", "The \"query\" parameter was given 2 times; give it once.")]
    [InlineData("query=%7BapiVersion%7D&variables=%5B1%5D", "The \"variables\" parameter must be a JSON object, not an array.")]
    [InlineData("query=%7BapiVersion%7D&variables=%7Bx", "The \"variables\" parameter is not valid JSON: 'x' is an invalid start of a property name. Expected a '\"'. LineNumber: 0 | BytePositionInLine: 1.")]
    [InlineData("query=%7BapiVersion%7D&extensions=1", "The \"extensions\" parameter must be a JSON object, not a number.")]
    [InlineData("operationName=A", "The request has no \"query\" parameter; send the GraphQL document as a string in \"query\".")]
    public async Task Get_MalformedParameters_Are400(string queryString, string message)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql?" + queryString);
        var answer = await _client.SendAndReadAsync(request, GraphQLClient.PreferGraphQLResponse);

        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.Equal(ErrorCodes.BadRequest, answer.Code);
        Assert.Equal(message, answer.Message);
    }

    [Theory]
    [InlineData("PUT")]
    [InlineData("DELETE")]
    [InlineData("PATCH")]
    public async Task OtherMethods_AreNotAllowed(string method)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), "/graphql")
        {
            Content = new StringContent("""{"query":"{ apiVersion }"}""", Encoding.UTF8, "application/json"),
        };

        using var response = await _client.SendAsync(request);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal(["GET", "HEAD", "POST"], response.Content.Headers.Allow.Order(StringComparer.Ordinal));
    }
}
