using BudgetGraph.GraphQL.Execution;
using BudgetGraph.GraphQL.Types;

namespace BudgetGraph.GraphQL.Tests.Execution;

public class DataLoaderTests
{
    private sealed record Node(int Id);

    private static (Schema Schema, List<int[]> Batches) ChainSchema(bool asyncResolvers)
    {
        var batches = new List<int[]>();
        var schema = new SchemaBuilder()
            .Object<Node>("Node", t => t
                .Field("id", "Int!", n => n.Id)
                .FieldAsync("next", "Node", async (n, ctx) =>
                {
                    if (asyncResolvers)
                    {
                        await Task.Yield();
                    }
                    return await ctx.DataLoader<int, Node>("nodes", async (keys, ct) =>
                    {
                        lock (batches)
                        {
                            batches.Add(keys.ToArray());
                        }
                        // A real store answers later, on another thread.
                        await Task.Delay(10, ct);
                        IReadOnlyDictionary<int, Node> found = keys.Where(k => k <= 7).ToDictionary(k => k, k => new Node(k));
                        return found;
                    }).LoadAsync(n.Id + 1);
                }))
            .Query(q => q.Field("nodes", "[Node!]!", (_, _) => Enumerable.Range(1, 5).Select(i => new Node(i)).ToList()))
            .Build();
        return (schema, batches);
    }

    [Fact]
    public async Task EachLevelOfTheTreeCostsOneBatch()
    {
        var (schema, batches) = ChainSchema(asyncResolvers: false);
        Harness.AssertJson(
            """{"data":{"nodes":[{"next":{"id":2,"next":{"id":3}}},{"next":{"id":3,"next":{"id":4}}},{"next":{"id":4,"next":{"id":5}}},{"next":{"id":5,"next":{"id":6}}},{"next":{"id":6,"next":{"id":7}}}]}}""",
            await Harness.RunAsync(schema, "{ nodes { next { id next { id } } } }"));
        Assert.Equal(2, batches.Count);
        Assert.Equal(new[] { 2, 3, 4, 5, 6 }, batches[0]);
        Assert.Equal(new[] { 7 }, batches[1]); // 3..6 were loaded already in this request
    }

    [Fact]
    public async Task LoadsAfterAnAwaitAreStillAnsweredAndMissingKeysAreNull()
    {
        var (schema, batches) = ChainSchema(asyncResolvers: true);
        Harness.AssertJson(
            """{"data":{"nodes":[{"next":{"next":{"next":{"id":4}}}},{"next":{"next":{"next":{"id":5}}}},{"next":{"next":{"next":{"id":6}}}},{"next":{"next":{"next":{"id":7}}}},{"next":{"next":{"next":null}}}]}}""",
            await Harness.RunAsync(schema, "{ nodes { next { next { next { id } } } } }"));
        // Each key is loaded once however the loads were grouped into batches.
        var keys = batches.SelectMany(b => b).ToList();
        Assert.Equal(keys.Distinct().Count(), keys.Count);
        Assert.Equal(new[] { 2, 3, 4, 5, 6, 7, 8 }, keys.OrderBy(k => k));
    }

    [Fact]
    public async Task BatchFailuresBecomeFieldErrors()
    {
        var schema = new SchemaBuilder()
            .Query(q => q.FieldAsync("item", "String", (_, ctx) => ctx.DataLoader<int, string>("failing",
                (_, _) => throw new InvalidOperationException("database is down")).LoadAsync(1)))
            .Build();
        Harness.AssertJson("""{"errors":[{"message":"Unexpected error.","locations":[{"line":1,"column":3}],"path":["item"]}],"data":{"item":null}}""",
            await Harness.RunAsync(schema, "{ item }"));
    }
}
