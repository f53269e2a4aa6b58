using System.Net;
using BudgetGraph.Api.Http;

namespace BudgetGraph.Api.Tests.Http;

/// <summary>Per-client rate limiting: on only where configured (tests run in Development, where it is off).</summary>
public sealed class RateLimitTests
{
    [Fact]
    public async Task OverThePermitLimit_Is429WithRetryAfter_AndAGraphQLError()
    {
        using var factory = new GraphQLApiFactory(new Dictionary<string, string?>
        {
            ["RateLimiting:Enabled"] = "true",
            ["RateLimiting:PermitLimit"] = "2",
            ["RateLimiting:Window"] = "00:10:00",
        });
        var client = factory.CreateClient();

        Assert.Equal(HttpStatusCode.OK, (await client.PostAsync("{ apiVersion }")).Status);
        Assert.Equal(HttpStatusCode.OK, (await client.GetQueryAsync("{ apiVersion }")).Status);
        var refused = await client.PostAsync("{ apiVersion }");

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.Status);
        var retryAfter = int.Parse(refused.Response.Header("Retry-After")!, System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(retryAfter, 1, 600);
        Assert.Equal(ErrorCodes.RateLimited, refused.Code);
        Assert.Equal($"Too many requests: at most 2 per 10 minutes from one address. Retry after {retryAfter} seconds.", refused.Message);
        Assert.Equal(refused.Response.Header(GraphQLHttpOptions.CorrelationIdHeader), refused.Errors[0]!["extensions"]!["correlationId"]!.GetValue<string>());
        var logged = Assert.Single(factory.Logs.Entries, e => e.EventName == "GraphQLRateLimited");
        Assert.Equal(refused.Response.Header(GraphQLHttpOptions.CorrelationIdHeader), logged.Values["CorrelationId"]);
        // Only the GraphQL endpoint is limited.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health")).StatusCode);
    }

    [Fact]
    public async Task InTheTestEnvironment_ItIsOff()
    {
        using var factory = new GraphQLApiFactory();
        var client = factory.CreateClient();

        // Far more than the production default of 300 per minute.
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 400; i++)
        {
            statuses.Add((await client.PostAsync("{ apiVersion }")).Status);
        }

        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.OK, s));
    }

    [Fact]
    public void InvalidSettings_StopTheServerFromStarting()
    {
        using var factory = new GraphQLApiFactory(new Dictionary<string, string?> { ["RateLimiting:PermitLimit"] = "0" });

        var error = Assert.Throws<Microsoft.Extensions.Options.OptionsValidationException>(() => factory.CreateClient());

        Assert.Equal("RateLimiting:PermitLimit must be at least 1 and RateLimiting:Window positive.", error.Message);
    }
}
