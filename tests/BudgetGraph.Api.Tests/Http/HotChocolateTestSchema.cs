using HotChocolate;
using HotChocolate.Execution.Configuration;
using HotChocolate.Resolvers;
using HotChocolate.Types;
using Microsoft.Extensions.DependencyInjection;

namespace BudgetGraph.Api.Tests.Http;

/// <summary>
/// The placeholder schema the HTTP tests serve (a constant, fields with arguments, a recursive list with
/// <c>first</c>/<c>last</c> for the cost and page-size limits) and, when given, <see cref="TestSchema"/>'s probes:
/// <code>
/// type Query { apiVersion: String!  sum(a: Int!, b: Int!): Int!  echo(text: String!): String!  items(first: Int, last: Int): [Item!]! }
/// type Item { id: Int!  name: String!  children(first: Int, last: Int): [Item!]! }
/// </code>
/// </summary>
public static class HotChocolateTestSchema
{
    /// <summary>The value of <c>Query.apiVersion</c>.</summary>
    public const string ApiVersion = "0.1.0-placeholder";

    /// <summary>How many items <c>Query.items</c> has in all; <c>first</c>/<c>last</c> take a page of them.</summary>
    public const int ItemCount = 1000;

    /// <summary>The ids of items <paramref name="from"/>..<see cref="ItemCount"/>, cut to the first or last n (10 when neither is given).</summary>
    private static IEnumerable<int> PageIds(int from, int? first, int? last)
    {
        var count = Math.Max(0, ItemCount - from + 1);
        var take = Math.Clamp(first ?? last ?? 10, 0, count);
        var start = first is null && last is not null ? from + count - take : from;
        return Enumerable.Range(start, take);
    }

    /// <summary>Adds the placeholder's types to <paramref name="builder"/>, and the probes of <paramref name="probes"/>.</summary>
    public static IRequestExecutorBuilder AddPlaceholderTypes(this IRequestExecutorBuilder builder, TestSchema? probes)
    {
        builder
            .ModifyOptions(o => o.RemoveUnreachableTypes = false)
            .AddObjectType<Item>(d =>
            {
                d.Name("Item").Description("A numbered placeholder item; its children are the next items.");
                d.BindFieldsExplicitly();
                d.Field(i => i.Id).Name("id").Type<NonNullType<IntType>>();
                d.Field(i => i.Name).Name("name").Type<NonNullType<StringType>>();
                Paged(d.Field("children").Description("The items after this one."))
                    .Resolve(c => Page(c.Parent<Item>().Id + 1, c));
            })
            .AddQueryType(d =>
            {
                d.Name("Query").Description("Placeholder root type until the budget schema is served.");
                d.Field("apiVersion").Description("The API's version.").Type<NonNullType<StringType>>()
                    .Resolve(ApiVersion);
                d.Field("sum").Description("a + b.").Type<NonNullType<IntType>>()
                    .Argument("a", a => a.Type<NonNullType<IntType>>())
                    .Argument("b", a => a.Type<NonNullType<IntType>>())
                    .Resolve(c => checked(c.ArgumentValue<int>("a") + c.ArgumentValue<int>("b")));
                d.Field("echo").Description("Returns its argument.").Type<NonNullType<StringType>>()
                    .Argument("text", a => a.Type<NonNullType<StringType>>())
                    .Resolve(c => c.ArgumentValue<string>("text"));
                Paged(d.Field("items").Description($"Items 1 to {ItemCount}: the first or last page of them."))
                    .Resolve(c => Page(1, c));
                if (probes is not null)
                {
                    AddProbes(d, probes);
                }
            });
        if (probes is not null)
        {
            builder.AddMutationType(d =>
            {
                d.Name("Mutation");
                d.Field("touch").Type<IntType>().Resolve(_ => probes.Touch());
            });
        }

        return builder;
    }

    private static void AddProbes(IObjectTypeDescriptor d, TestSchema probes)
    {
        d.Field("wait").Description("Waits until cancelled.").Type<StringType>().Resolve(async (_, cancellationToken) =>
        {
            probes.WaitStarted.TrySetResult();
            try
            {
                await Task.Delay(Timeout.Infinite, cancellationToken);
            }
            catch (OperationCanceledException)
            {
                probes.WaitCancelled.TrySetResult();
                throw;
            }

            return "never";
        });
        d.Field("fail").Type<StringType>().Resolve(_ => throw new InvalidOperationException(TestSchema.SecretMessage));
        d.Field("publicFail").Type<StringType>().Resolve(_ =>
            throw new GraphQLException(ErrorBuilder.New().SetMessage("No budget for 1999.").SetCode("NOT_FOUND").Build()));
        d.Field("operation").Type<StringType>().Resolve(c =>
        {
            probes.Operations.Enqueue(c.Operation.Definition);
            return c.Operation.Name;
        });
        d.Field("count").Description("The number of values.").Type<NonNullType<IntType>>()
            .Argument("values", a => a.Type<NonNullType<ListType<NonNullType<IntType>>>>())
            .Resolve(c => c.ArgumentValue<List<int>>("values").Count);
    }

    private static IObjectFieldDescriptor Paged(IObjectFieldDescriptor field) => field
        .Type<NonNullType<ListType<NonNullType<ObjectType<Item>>>>>()
        .Argument("first", a => a.Type<IntType>().Description("The first n items."))
        .Argument("last", a => a.Type<IntType>().Description("The last n items."));

    private static Item[] Page(int from, IResolverContext context) =>
        PageIds(from, context.ArgumentValue<int?>("first"), context.ArgumentValue<int?>("last")).Select(i => new Item(i)).ToArray();

    /// <summary>A placeholder item.</summary>
    public sealed record Item(int Id)
    {
        /// <summary>Its name.</summary>
        public string Name => "item " + Id;
    }
}
