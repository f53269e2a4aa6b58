using System.Text.Json;
using BudgetGraph.Api.Tests.Budget;
using Microsoft.Extensions.Configuration;

namespace BudgetGraph.Api.Tests.Observability;

/// <summary>
/// `dotnet run` from a checkout runs Development (launchSettings.json) on the README's URL, without rate limiting and with
/// /metrics; a published app (Production, no launch profile) keeps the limits. The real files are read.
/// </summary>
public sealed class EnvironmentSettingsTests
{
    private static readonly string ApiDirectory = Path.Combine(Repository.Root, "src", "BudgetGraph.Api");

    private static IConfiguration Settings(string environment) => new ConfigurationBuilder()
        .AddJsonFile(Path.Combine(ApiDirectory, "appsettings.json"), optional: false)
        .AddJsonFile(Path.Combine(ApiDirectory, $"appsettings.{environment}.json"), optional: true)
        .Build();

    [Fact]
    public void DevelopmentTurnsRateLimitingOffAndMetricsOn()
    {
        var development = Settings("Development");
        Assert.False(development.GetValue<bool>("RateLimiting:Enabled"));
        Assert.True(development.GetValue<bool>("Metrics:Enabled"));
    }

    [Fact]
    public void ProductionKeepsTheRateLimitAndServesNoMetrics()
    {
        Assert.False(File.Exists(Path.Combine(ApiDirectory, "appsettings.Production.json")));
        var production = Settings("Production");
        Assert.True(production.GetValue<bool>("RateLimiting:Enabled"));
        Assert.Equal(300, production.GetValue<int>("RateLimiting:PermitLimit"));
        Assert.False(production.GetValue<bool>("Metrics:Enabled"));
    }

    [Fact]
    public void DotnetRunUsesTheDevelopmentProfileOnTheReadmesUrl()
    {
        using var launch = JsonDocument.Parse(File.ReadAllText(Path.Combine(ApiDirectory, "Properties", "launchSettings.json")));
        var profiles = launch.RootElement.GetProperty("profiles").EnumerateObject().ToList();
        // One profile: `dotnet run` takes the first, and a second one could only confuse which is meant.
        var profile = Assert.Single(profiles).Value;
        Assert.Equal("Project", profile.GetProperty("commandName").GetString());
        Assert.Equal("Development", profile.GetProperty("environmentVariables").GetProperty("ASPNETCORE_ENVIRONMENT").GetString());
        var url = profile.GetProperty("applicationUrl").GetString();
        Assert.Equal("http://localhost:5000", url);
        var readme = File.ReadAllText(Path.Combine(Repository.Root, "README.md"));
        Assert.Contains($"listening on {url}: explorer at /, playground at /graphql", readme, StringComparison.Ordinal);
    }
}
