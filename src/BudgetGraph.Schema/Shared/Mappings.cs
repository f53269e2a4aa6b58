using System.Linq.Expressions;
using BudgetGraph.GraphSchema.Provenance;
using Mapster;
using Mapster.Models;

namespace BudgetGraph.GraphSchema.Shared;

/// <summary>
/// Mapster's configuration of the mappings from warehouse rows to schema types: one registration per topic
/// (<c>&lt;Topic&gt;/&lt;Topic&gt;Mapping.cs</c>), none where a schema type is the row itself. Every destination member
/// must have a source (a renamed column fails at start, not as a silent null). Projections are built once, into static
/// expressions that EF Core translates into the SELECT as it did the hand-written ones: no reflection per call. Only
/// settable members are mapped so: Mapster wraps each constructor argument of a projection in a null check, which EF
/// Core would turn into a CASE per column, so records built by their constructors keep their hand-written projections.
/// </summary>
public static class Mappings
{
    /// <summary>The registrations of every topic.</summary>
    public static TypeAdapterConfig Config { get; } = Create();

    private static TypeAdapterConfig Create()
    {
        var config = new TypeAdapterConfig { RequireExplicitMapping = true, RequireDestinationMemberSource = true };
        ProvenanceMapping.Register(config);
        return config;
    }

    /// <summary>The projection of <typeparamref name="TRow"/> into <typeparamref name="TValue"/>, for <c>IQueryable.Select</c> (build it once).</summary>
    public static Expression<Func<TRow, TValue>> Projection<TRow, TValue>() =>
        (Expression<Func<TRow, TValue>>)Config.CreateMapExpression(new TypeTuple(typeof(TRow), typeof(TValue)), MapType.Projection);
}
