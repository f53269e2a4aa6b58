using System.Net;
using BudgetGraph.Api.Http;
using BudgetGraph.Api.Logging;
using HotChocolate;
using HotChocolate.Execution.Configuration;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BudgetGraph.Api.Tests.Http;

/// <summary>Correlation ids, the structured request log, and what errors reveal in each environment.</summary>
public sealed class DiagnosticsTests
{
    [Fact]
    public async Task EveryError_CarriesTheCorrelationId_OfTheResponseHeaderAndTheLog()
    {
        var schema = new TestSchema();
        using var factory = new GraphQLApiFactory(schema: schema);
        var client = factory.CreateClient();

        var answer = await client.PostAsync("query Broken { apiVersion publicFail fail }");

        var correlationId = answer.Response.Header(GraphQLHttpOptions.CorrelationIdHeader);
        Assert.False(string.IsNullOrEmpty(correlationId));
        Assert.Equal(2, answer.Errors.Count);
        Assert.All(answer.Errors, e => Assert.Equal(correlationId, e!["extensions"]!["correlationId"]!.GetValue<string>()));
        var logged = factory.Logs.Entries.Where(e => e.Category == GraphQLLog.Category).ToList();
        Assert.Equal(3, logged.Count(e => Equals(e.Values["CorrelationId"], correlationId)));
        var internalError = Assert.Single(logged, e => e.EventName == "GraphQLInternalError");
        Assert.Equal(LogLevel.Error, internalError.Level);
        Assert.IsType<InvalidOperationException>(internalError.Exception);
        Assert.Equal("fail", internalError.Values["Path"]);
        var publicError = Assert.Single(logged, e => e.EventName == "GraphQLRequestError");
        Assert.Equal("NOT_FOUND", publicError.Values["Code"]);
    }

    [Fact]
    public async Task RefusedRequests_CarryTheCorrelationIdToo()
    {
        using var factory = new GraphQLApiFactory();

        var answer = await factory.CreateClient().PostRawAsync("[]");

        var correlationId = answer.Response.Header(GraphQLHttpOptions.CorrelationIdHeader);
        Assert.Equal(correlationId, answer.Errors[0]!["extensions"]!["correlationId"]!.GetValue<string>());
        Assert.Contains(factory.Logs.Entries, e => e.EventName == "GraphQLRequestError"
            && Equals(e.Values["CorrelationId"], correlationId) && Equals(e.Values["Code"], ErrorCodes.BatchingNotSupported));
    }

    [Fact]
    public async Task EachRequest_IsLoggedWithOperationNameTypeStatusAndDuration()
    {
        using var factory = new GraphQLApiFactory();
        var client = factory.CreateClient();

        var answer = await client.PostAsync("query Version { apiVersion }");

        var entry = Assert.Single(factory.Logs.Entries, e => e.EventName == "GraphQLRequest");
        Assert.Equal(LogLevel.Information, entry.Level);
        Assert.Equal("POST", entry.Values["HttpMethod"]);
        Assert.Equal("query", entry.Values["OperationType"]);
        Assert.Equal("Version", entry.Values["OperationName"]);
        Assert.Equal(200, entry.Values["StatusCode"]);
        Assert.IsType<long>(entry.Values["ElapsedMilliseconds"]);
        Assert.Equal(0, entry.Values["ErrorCount"]);
        Assert.Equal(answer.Response.Header(GraphQLHttpOptions.CorrelationIdHeader), entry.Values["CorrelationId"]);
    }

    [Fact]
    public async Task OutsideDevelopment_AnInternalError_RevealsNothing()
    {
        var schema = new TestSchema();
        using var factory = new GraphQLApiFactory(schema: schema, environment: "Production");

        var answer = await factory.CreateClient().PostAsync("{ fail }");

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Equal("Unexpected error.", answer.Message);
        Assert.Equal(ErrorCodes.InternalServerError, answer.Code);
        Assert.Null(answer.Errors[0]!["extensions"]!["exception"]);
        Assert.DoesNotContain("hunter2", answer.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("InvalidOperationException", answer.Body, StringComparison.Ordinal);
        Assert.DoesNotContain(" at ", answer.Body, StringComparison.Ordinal);
        // The log has the details, under the id the client can quote.
        var logged = Assert.Single(factory.Logs.Entries, e => e.EventName == "GraphQLInternalError");
        Assert.Equal(TestSchema.SecretMessage, logged.Exception!.Message);
        Assert.Equal(answer.Errors[0]!["extensions"]!["correlationId"]!.GetValue<string>(), logged.Values["CorrelationId"]);
    }

    [Fact]
    public async Task InDevelopment_AnInternalError_ShowsTheException()
    {
        var schema = new TestSchema();
        using var factory = new GraphQLApiFactory(schema: schema, environment: "Development");

        var answer = await factory.CreateClient().PostAsync("{ fail }");

        var exception = answer.Errors[0]!["extensions"]!["exception"]!;
        Assert.Equal("Unexpected error.", answer.Message);
        Assert.Equal("System.InvalidOperationException", exception["type"]!.GetValue<string>());
        Assert.Equal(TestSchema.SecretMessage, exception["message"]!.GetValue<string>());
        Assert.Contains("TestSchema", exception["stackTrace"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public void AnInvalidSchema_StopsTheServerFromStarting_WithTheSchemasErrors()
    {
        using var factory = new GraphQLApiFactory(environment: "Production");
        using var broken = factory.WithWebHostBuilder(b => b.ConfigureTestServices(services =>
        {
            // A root query type without a field: HotChocolate refuses to build it.
            services.RemoveAll<IConfigureOptions<RequestExecutorSetup>>();
            services.AddGraphQLServer().AddQueryType(d => d.Name("Query"));
        }));

        var error = Assert.Throws<SchemaException>(() => broken.CreateClient());

        Assert.Contains("The object type `Query` has to at least define one field in order to be valid.", error.Message, StringComparison.Ordinal);
    }
}
