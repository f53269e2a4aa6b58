using BudgetGraph.GraphSchema;
using BudgetGraph.GraphSchema.Relay;
using BudgetGraph.GraphSchema.Shared;
using HotChocolate;
using HotChocolate.Resolvers;
using HotChocolate.Types;

namespace BudgetGraph.GraphSchema.Relay;

/// <summary>Relay's <c>Node</c> interface: our ids (<see cref="GlobalId"/>), not HotChocolate's id serializer.</summary>
public sealed class NodeType : InterfaceType
{
    protected override void Configure(IInterfaceTypeDescriptor descriptor)
    {
        descriptor.Name("Node").Description("An object with a global id, refetchable with `node(id:)` (Relay).");
        descriptor.Field("id").Type<NonNullType<IdType>>().Description("Global id (Relay).");
    }
}

/// <summary>Makes an object type a Node.</summary>
public static class NodeFields
{
    /// <summary>Adds <c>id: ID!</c> (the base64 of <c>Type:key</c>) and the Node interface.</summary>
    public static void ImplementsNode<T>(this IObjectTypeDescriptor<T> descriptor, string typeName, Func<T, string> key)
    {
        descriptor.Implements<NodeType>();
        descriptor.Field("id").Type<NonNullType<IdType>>().Description("Global id (Relay).")
            .Pure(ctx => GlobalId.Encode(typeName, key(ctx.Parent<T>())));
    }
}

/// <summary>
/// <c>node(id:)</c> and <c>nodes(ids:)</c>. Each node type refetches its objects by key through its data loader, so
/// <c>nodes</c> of many ids is one statement per type.
/// </summary>
public sealed class NodeQueries : ObjectTypeExtension
{
    /// <summary>How each node type refetches an object by the key of its id (null: nothing has that key).</summary>
    private static readonly Dictionary<string, Func<IResolverContext, string, Task<object?>>> Fetchers = new()
    {
        ["Department"] = async (ctx, key) => await Departments.DepartmentQueries.ByCodeAsync(ctx, key),
        ["Budget"] = async (ctx, key) => await Budgets.BudgetQueries.ByIdKeyAsync(ctx, key),
        ["Expenditure"] = async (ctx, key) => await Expenditures.ExpenditureQueries.ByKeyAsync(ctx, key),
        
    };

    protected override void Configure(IObjectTypeDescriptor descriptor)
    {
        descriptor.Name(OperationTypeNames.Query);
        descriptor.Field("node").Type<NodeType>().Description("Refetches any object by its global id; null when nothing has that id.")
            .Argument("id", a => a.Type<NonNullType<IdType>>().Description("A global id from an `id` field."))
            .Resolve(ctx => new ValueTask<object?>(FetchAsync(ctx, ctx.ArgumentValue<string>("id"))));
        descriptor.Field("nodes").Type<NonNullType<ListType<NodeType>>>()
            .Description("Refetches several objects by global id, in the given order (null for unknown ids).")
            .Argument("ids", a => a.Type<NonNullType<ListType<NonNullType<IdType>>>>().Description("Global ids."))
            .Resolve(async ctx => (object?)await Task.WhenAll(ctx.ArgumentValue<IReadOnlyList<string>>("ids").Select(id => FetchAsync(ctx, id))));
    }

    private static Task<object?> FetchAsync(IResolverContext ctx, string id)
    {
        if (GlobalId.Decode(id) is not { } decoded)
        {
            throw new QueryInputException($"\"{id}\" is not a global id of this API (expected the base64 of \"Type:key\").");
        }
        return Fetchers.TryGetValue(decoded.Type, out var fetch) ? fetch(ctx, decoded.Key) : Task.FromResult<object?>(null);
    }
}
