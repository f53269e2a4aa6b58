using BudgetGraph.Api.Budget.Schema;
using BudgetGraph.GraphQL;
using BudgetGraph.GraphQL.Execution;
using BudgetGraph.GraphQL.Types;
using static BudgetGraph.Api.Budget.Schema.Gql;

namespace BudgetGraph.Api.Budget.Relay;

/// <summary>
/// The Node interface and <c>node(id:)</c>/<c>nodes(ids:)</c>. Each node type registers how to refetch
/// its objects by key (through its data loader, so <c>nodes</c> of many ids is one query per type).
/// </summary>
internal sealed class NodeRegistry
{
    private readonly Dictionary<string, Func<ResolveContext, string, Task<object?>>> _fetchers = new();
    private readonly Dictionary<Type, string> _typeNames = new();

    /// <summary>Makes <paramref name="type"/> a Node: adds <c>id</c> and the refetcher.</summary>
    public void Register<T>(BudgetTypes t, ObjectType type, Func<T, string> key, Func<ResolveContext, string, Task<object?>> fetch)
    {
        type.Interfaces.Add(t.Node);
        var name = type.Name;
        type.Fields.Insert(0, "id", new FieldDefinition("id", NonNull(Scalars.ID))
        {
            Description = "Global id (Relay).",
            SyncResolver = ctx => GlobalId.Encode(name, key(ctx.ParentAs<T>())),
        });
        _fetchers[name] = fetch;
        _typeNames[typeof(T)] = name;
        type.ClrType = typeof(T);
    }

    public void Configure(BudgetTypes t)
    {
        t.Node.AddField(new FieldDefinition("id", NonNull(Scalars.ID)) { Description = "Global id (Relay)." });
        t.Node.ResolveType = (value, _) => value is not null && _typeNames.TryGetValue(value.GetType(), out var n) ? n : null;
        t.Query.ResolveAsync("node", t.Node, ctx => Fetch(ctx, ctx.Argument<string>("id")),
                "Refetches any object by its global id; null when nothing has that id.")
            .Arg("id", NonNull(Scalars.ID), "A global id from an `id` field.");
        t.Query.ResolveAsync("nodes", new NonNullType(new ListType(t.Node)),
                async ctx => (object?)await Task.WhenAll(ctx.Strings("ids").Select(id => Fetch(ctx, id))),
                "Refetches several objects by global id, in the given order (null for unknown ids).")
            .Arg("ids", ListOf(Scalars.ID), "Global ids.");
    }

    private Task<object?> Fetch(ResolveContext ctx, string id)
    {
        if (GlobalId.Decode(id) is not { } decoded)
        {
            throw new GraphQLException($"\"{id}\" is not a global id of this API (expected the base64 of \"Type:key\").");
        }
        return _fetchers.TryGetValue(decoded.Type, out var fetch) ? fetch(ctx, decoded.Key) : Task.FromResult<object?>(null);
    }
}
