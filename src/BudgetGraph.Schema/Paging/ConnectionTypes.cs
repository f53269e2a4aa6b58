using BudgetGraph.GraphSchema;
using BudgetGraph.GraphSchema.Paging;
using BudgetGraph.GraphSchema.Shared;
using HotChocolate;
using HotChocolate.Resolvers;
using HotChocolate.Types;

namespace BudgetGraph.GraphSchema.Paging;

/// <summary>
/// Cursor connections with our cursors and <c>totalCount</c> (the paging itself is the shared <see cref="Pager"/>):
/// <c>XConnection { edges nodes pageInfo totalCount }</c> and <c>XEdge { cursor node }</c>.
/// </summary>
public abstract class ConnectionType<TNode, TNodeType, TEdgeType>(string nodeName, string description) : ObjectType<Connection<TNode>>
    where TNodeType : class, IOutputType where TEdgeType : EdgeType<TNode, TNodeType>
{
    protected override void Configure(IObjectTypeDescriptor<Connection<TNode>> descriptor)
    {
        descriptor.Name(nodeName + "Connection").Description(description).BindFieldsExplicitly();
        descriptor.Field("edges").Type<NonNullType<ListType<NonNullType<TEdgeType>>>>().Description("The page's rows with their cursors.")
            .Reads<Connection<TNode>>(c => c.Edges);
        descriptor.Field("nodes").Type<NonNullType<ListType<NonNullType<TNodeType>>>>().Description("The page's rows.")
            .Reads<Connection<TNode>>(c => c.Nodes);
        descriptor.Field("pageInfo").Type<NonNullType<PageInfoType>>().Description("Where the page is.")
            .Reads<Connection<TNode>>(c => new PageInfoValue(c.HasNextPage, c.HasPreviousPage, c.StartCursor, c.EndCursor));
        descriptor.Field("totalCount").Type<NonNullType<IntType>>().Description("Rows matching the filter, over all pages.")
            .Reads<Connection<TNode>>(c => c.TotalCount);
    }
}

/// <summary>The edge of a connection: a row and its cursor.</summary>
public abstract class EdgeType<TNode, TNodeType>(string nodeName) : ObjectType<Edge<TNode>> where TNodeType : class, IOutputType
{
    protected override void Configure(IObjectTypeDescriptor<Edge<TNode>> descriptor)
    {
        descriptor.Name(nodeName + "Edge").Description($"A {nodeName} and its cursor.").BindFieldsExplicitly();
        descriptor.Field("cursor").Type<NonNullType<StringType>>().Description("The row's cursor, for `after`/`before`.").Reads<Edge<TNode>>(e => e.Cursor);
        descriptor.Field("node").Type<NonNullType<TNodeType>>().Description("The row.").Reads<Edge<TNode>>(e => e.Node);
    }
}

/// <summary>PageInfo.</summary>
public sealed class PageInfoType : ObjectType<PageInfoValue>
{
    protected override void Configure(IObjectTypeDescriptor<PageInfoValue> descriptor)
    {
        descriptor.Name("PageInfo").Description("Where a page is in its connection (Relay).").BindFieldsExplicitly();
        descriptor.Field("hasNextPage").Type<NonNullType<BooleanType>>().Description("Whether rows follow this page.").Reads<PageInfoValue>(p => p.HasNextPage);
        descriptor.Field("hasPreviousPage").Type<NonNullType<BooleanType>>().Description("Whether rows precede this page.").Reads<PageInfoValue>(p => p.HasPreviousPage);
        descriptor.Field("startCursor").Type<StringType>().Description("Cursor of the page's first row.").Reads<PageInfoValue>(p => p.StartCursor);
        descriptor.Field("endCursor").Type<StringType>().Description("Cursor of the page's last row.").Reads<PageInfoValue>(p => p.EndCursor);
    }
}

/// <summary>The paging arguments <c>first after last before</c>.</summary>
public static class PagingArguments
{
    /// <summary>Adds <c>first after last before</c> to a connection field.</summary>
    public static IObjectFieldDescriptor Paging(this IObjectFieldDescriptor field) => field
        .Arg<IntType>("first", "Return the first n rows (after `after`).")
        .Arg<StringType>("after", "Start after this cursor.")
        .Arg<IntType>("last", "Return the last n rows (before `before`).")
        .Arg<StringType>("before", "End before this cursor.")
        // Cost analysis: the page size (first or last, else GraphQL:Limits:DefaultListSize) sizes the page's lists.
        .ListSize(slicingArguments: ["first", "last"], sizedFields: ["edges", "nodes"], requireOneSlicingArgument: false);

    /// <summary>Reads and checks the paging arguments of a field.</summary>
    public static PageRequest PageRequest(this IResolverContext ctx)
    {
        var first = ctx.ArgumentValue<int?>("first");
        var last = ctx.ArgumentValue<int?>("last");
        var field = $"{ctx.ObjectType.Name}.{ctx.Selection.Field.Name}";
        if (first < 0)
        {
            throw new QueryInputException($"Argument \"first\" of {field} must be 0 or more, got {first}.");
        }
        if (last < 0)
        {
            throw new QueryInputException($"Argument \"last\" of {field} must be 0 or more, got {last}.");
        }
        return new PageRequest(first, Cursor.Decode(ctx.ArgumentValue<string?>("after"), "after"), last,
            Cursor.Decode(ctx.ArgumentValue<string?>("before"), "before"));
    }
}
