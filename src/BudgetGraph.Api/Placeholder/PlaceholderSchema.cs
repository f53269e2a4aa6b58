using BudgetGraph.GraphQL.Types;

namespace BudgetGraph.Api.Placeholder;

/// <summary>
/// A small code-first schema the API serves until the budget schema (issue 5) replaces it. It has
/// what the HTTP layer's tests and conformance audits need: a constant, a field with arguments, and
/// a recursive list field with a <c>first</c> page-size argument for the cost and page-size limits.
/// </summary>
/// <remarks>
/// The seam is the DI-registered <see cref="Schema"/> singleton: <see cref="AddPlaceholderSchema"/>
/// registers this one; the budget schema registers its own instead (and tests register test schemas),
/// with no change to the HTTP code.
/// </remarks>
public static class PlaceholderSchema
{
    /// <summary>The value of <c>Query.apiVersion</c>.</summary>
    public const string ApiVersion = "0.1.0-placeholder";

    /// <summary>How many items <c>Query.items</c> has in all; <c>first</c>/<c>last</c> take a page of them.</summary>
    public const int ItemCount = 1000;

    /// <summary>Registers the placeholder as the schema the API serves.</summary>
    public static IServiceCollection AddPlaceholderSchema(this IServiceCollection services) =>
        services.AddSingleton(Create());

    /// <summary>
    /// Builds the schema:
    /// <code>
    /// type Query {
    ///   apiVersion: String!
    ///   sum(a: Int!, b: Int!): Int!
    ///   echo(text: String!): String!
    ///   items(first: Int, last: Int): [Item!]!
    /// }
    /// type Item { id: Int!  name: String!  children(first: Int, last: Int): [Item!]! }
    /// </code>
    /// </summary>
    public static Schema Create()
    {
        var item = new ObjectType("Item") { Description = "A numbered placeholder item; its children are the next items." };
        item.AddField(new FieldDefinition("id", NonNull(Scalars.Int)) { SyncResolver = c => c.ParentAs<Item>().Id });
        item.AddField(new FieldDefinition("name", NonNull(Scalars.String)) { SyncResolver = c => c.ParentAs<Item>().Name });
        var itemList = new NonNullType(new ListType(NonNull(item)));
        item.AddField(Paged(new FieldDefinition("children", itemList)
        {
            Description = "The items after this one.",
            SyncResolver = c => Page(c.ParentAs<Item>().Id + 1, c.Argument<int?>("first"), c.Argument<int?>("last")),
        }));

        var query = new ObjectType("Query") { Description = "Placeholder root type until the budget schema is served." };
        query.AddField(new FieldDefinition("apiVersion", NonNull(Scalars.String))
        {
            Description = "The API's version.",
            SyncResolver = _ => ApiVersion,
        });
        var sum = query.AddField(new FieldDefinition("sum", NonNull(Scalars.Int))
        {
            Description = "a + b.",
            SyncResolver = c => checked(c.Argument<int>("a") + c.Argument<int>("b")),
        });
        sum.Arguments["a"] = new InputValue("a", NonNull(Scalars.Int));
        sum.Arguments["b"] = new InputValue("b", NonNull(Scalars.Int));
        var echo = query.AddField(new FieldDefinition("echo", NonNull(Scalars.String))
        {
            Description = "Returns its argument.",
            SyncResolver = c => c.Argument<string>("text"),
        });
        echo.Arguments["text"] = new InputValue("text", NonNull(Scalars.String));
        query.AddField(Paged(new FieldDefinition("items", itemList)
        {
            Description = $"Items 1 to {ItemCount}: the first or last page of them.",
            SyncResolver = c => Page(1, c.Argument<int?>("first"), c.Argument<int?>("last")),
        }));

        return new Schema(query);
    }

    private static NonNullType NonNull(GraphQLType type) => new(type);

    private static FieldDefinition Paged(FieldDefinition field)
    {
        field.Arguments["first"] = new InputValue("first", Scalars.Int) { Description = "The first n items." };
        field.Arguments["last"] = new InputValue("last", Scalars.Int) { Description = "The last n items." };
        return field;
    }

    private static Item[] Page(int from, int? first, int? last) => PageIds(from, first, last).Select(i => new Item(i)).ToArray();

    /// <summary>The ids of items <paramref name="from"/>..<see cref="ItemCount"/>, cut to the first or last n (10 when neither is given).</summary>
    internal static IEnumerable<int> PageIds(int from, int? first, int? last)
    {
        var count = Math.Max(0, ItemCount - from + 1);
        var take = Math.Clamp(first ?? last ?? 10, 0, count);
        var start = first is null && last is not null ? from + count - take : from;
        return Enumerable.Range(start, take);
    }

    private sealed record Item(int Id)
    {
        public string Name => "item " + Id;
    }
}
