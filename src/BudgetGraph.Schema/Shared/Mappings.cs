using BudgetGraph.GraphSchema.Coverage;
using Mapster;

namespace BudgetGraph.GraphSchema.Shared;

/// <summary>
/// Mapster's configuration of the copies of warehouse rows into schema types made in memory: one registration per topic
/// (<c>&lt;Topic&gt;/&lt;Topic&gt;Mapping.cs</c>). Rows read through an EF projection are not mapped here: those
/// projections are expressions EF Core translates into the SELECT, and stay hand-written. Every mapping must be
/// registered and every destination member must have a source or be ignored by name, so a renamed column fails when
/// the configuration compiles (a test), not as a silent null or zero.
/// </summary>
public static class Mappings
{
    /// <summary>The registrations of every topic, compiled once.</summary>
    public static TypeAdapterConfig Config { get; } = Create();

    private static TypeAdapterConfig Create()
    {
        var config = new TypeAdapterConfig { RequireExplicitMapping = true, RequireDestinationMemberSource = true };
        CoverageMapping.Register(config);
        config.Compile();
        return config;
    }
}
