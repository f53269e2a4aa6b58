using BudgetGraph.Api.Budget.Schema;
using BudgetGraph.GraphQL;
using BudgetGraph.GraphQL.Execution;
using BudgetGraph.GraphQL.Types;
using static BudgetGraph.Api.Budget.Schema.Gql;

namespace BudgetGraph.Api.Budget.Paging;

/// <summary>Reading the paging arguments on the home-made engine (the paging itself is shared: <see cref="Pager"/>).</summary>
public static class PageArguments
{
    extension(PageRequest)
    {
        /// <summary>Reads and checks the paging arguments of a field.</summary>
        public static PageRequest From(ResolveContext ctx)
        {
            var first = ctx.OptValue<int>("first");
            var last = ctx.OptValue<int>("last");
            if (first < 0)
            {
                throw new GraphQLException($"Argument \"first\" of {ctx.ParentType.Name}.{ctx.FieldName} must be 0 or more, got {first}.");
            }
            if (last < 0)
            {
                throw new GraphQLException($"Argument \"last\" of {ctx.ParentType.Name}.{ctx.FieldName} must be 0 or more, got {last}.");
            }
            return new PageRequest(first, Cursor.Decode(ctx.Opt<string>("after"), "after"), last, Cursor.Decode(ctx.Opt<string>("before"), "before"));
        }
    }
}

/// <summary>The connection, edge and page-info types.</summary>
internal static class ConnectionTypes
{
    /// <summary>The shared <c>PageInfo</c>.</summary>
    public static void ConfigurePageInfo(BudgetTypes t)
    {
        var p = t.PageInfo;
        p.Description = "Where a page is in its connection (Relay).";
        p.Field<IPageInfo>("hasNextPage", NonNull(Scalars.Boolean), x => x.HasNextPage, "Whether rows follow this page.");
        p.Field<IPageInfo>("hasPreviousPage", NonNull(Scalars.Boolean), x => x.HasPreviousPage, "Whether rows precede this page.");
        p.Field<IPageInfo>("startCursor", Scalars.String, x => x.StartCursor, "Cursor of the page's first row.");
        p.Field<IPageInfo>("endCursor", Scalars.String, x => x.EndCursor, "Cursor of the page's last row.");
    }

    /// <summary>Declares <c>XConnection</c> and <c>XEdge</c> for node type <paramref name="node"/>.</summary>
    public static ObjectType Create<T>(BudgetTypes t, ObjectType node, string description)
    {
        var edge = new ObjectType(node.Name + "Edge") { Description = $"A {node.Name} and its cursor." };
        edge.Field<Edge<T>>("cursor", NonNull(Scalars.String), e => e.Cursor, "The row's cursor, for `after`/`before`.");
        edge.Field<Edge<T>>("node", NonNull(node), e => e.Node, "The row.");
        var connection = new ObjectType(node.Name + "Connection") { Description = description };
        connection.Field<Connection<T>>("edges", ListOf(edge), c => c.Edges, "The page's rows with their cursors.");
        connection.Field<Connection<T>>("nodes", ListOf(node), c => c.Nodes, "The page's rows.");
        connection.Field<Connection<T>>("pageInfo", NonNull(t.PageInfo), c => new PageInfoValue(c.HasNextPage, c.HasPreviousPage, c.StartCursor, c.EndCursor),
            "Where the page is.");
        connection.Field<Connection<T>>("totalCount", NonNull(Scalars.Int), c => c.TotalCount, "Rows matching the filter, over all pages.");
        return connection;
    }

    /// <summary>Adds <c>first after last before</c> to a connection field.</summary>
    public static FieldDefinition PagingArguments(this FieldDefinition field) => field
        .Arg("first", Scalars.Int, "Return the first n rows (after `after`).")
        .Arg("after", Scalars.String, "Start after this cursor.")
        .Arg("last", Scalars.Int, "Return the last n rows (before `before`).")
        .Arg("before", Scalars.String, "End before this cursor.");
}

