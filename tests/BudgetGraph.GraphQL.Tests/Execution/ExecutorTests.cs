using System.Text;
using BudgetGraph.GraphQL.Execution;
using BudgetGraph.GraphQL.Language;
using BudgetGraph.GraphQL.Types;

namespace BudgetGraph.GraphQL.Tests.Execution;

public class ExecutorTests
{
    private const string Sdl = """
        type Query { items: [Item] strictItems: [Item!] item: Item count: Int }
        type Mutation { a: Int b: Int }
        type Subscription { s: Int }
        type Item { id: ID! name: String! children: [Item!]! }
        """;

    private const string Data = """
        {"count": 2, "items": [{"id": "1", "name": "one", "children": []}, {"id": "2", "name": null, "children": []},
          {"id": "3", "name": "three", "children": [{"id": "4", "name": null, "children": []}]}],
         "strictItems": [{"id": "1", "name": "one"}, {"id": "2", "name": null}],
         "item": {"id": null, "name": "x"}}
        """;

    [Fact]
    public async Task ErrorPathsUseAliasesAndListIndices()
    {
        Harness.AssertJson(
            """{"errors":[{"message":"Cannot return null for non-nullable field Item.name.","locations":[{"line":1,"column":17}],"path":["list",1,"label"]},{"message":"Cannot return null for non-nullable field Item.name.","locations":[{"line":1,"column":46}],"path":["list",2,"kids",0,"nm"]}],"data":{"list":[{"label":"one","kids":[]},null,null]}}""",
            await Harness.RunAsync(Sdl, "{ list: items { label: name kids: children { nm: name } } }", Data));
    }

    [Fact]
    public async Task NullPropagatesToTheNearestNullableParent()
    {
        // strictItems is [Item!]: a null item nulls the whole list, which is nullable.
        Harness.AssertJson(
            """{"errors":[{"message":"Cannot return null for non-nullable field Item.name.","locations":[{"line":1,"column":17}],"path":["strictItems",1,"name"]}],"data":{"strictItems":null,"count":2}}""",
            await Harness.RunAsync(Sdl, "{ strictItems { name } count }", Data));
        Harness.AssertJson(
            """{"errors":[{"message":"Cannot return null for non-nullable field Item.id.","locations":[{"line":1,"column":10}],"path":["item","id"]}],"data":{"item":null}}""",
            await Harness.RunAsync(Sdl, "{ item { id name } }", Data));
    }

    [Fact]
    public async Task OperationSelectionMessages()
    {
        Harness.AssertJson("""{"errors":[{"message":"Must provide operation name if query contains multiple operations."}]}""",
            await Harness.RunAsync(Sdl, "query A { count } query B { count }", Data));
        Harness.AssertJson("""{"errors":[{"message":"Unknown operation named \"C\"."}]}""",
            await Harness.RunAsync(Sdl, "query A { count }", Data, operationName: "C"));
        // A document of fragments only never reaches operation selection: validation (NoUnusedFragments)
        // refuses it first, as graphql-js's graphql() does.
        Harness.AssertJson("""{"errors":[{"message":"Fragment \"F\" is never used.","locations":[{"line":1,"column":1}]}]}""",
            await Harness.RunAsync(Sdl, "fragment F on Query { count }", Data));
    }

    [Fact]
    public async Task SubscriptionsAreRejectedByDefault()
    {
        var executor = new GraphQLExecutor(SdlSchemaBuilder.Build(Sdl));
        Harness.AssertJson("""{"errors":[{"message":"Subscriptions are not supported by this server.","locations":[{"line":1,"column":1}]}]}""",
            await Harness.RunAsync(executor, "subscription { s }"));
    }

    [Fact]
    public async Task MutationFieldsRunSeriallyInOrder()
    {
        var log = new List<string>();
        var schema = new SchemaBuilder()
            .Query(q => q.Field("x", "Int", (_, _) => 1))
            .Mutation(m => m
                .FieldAsync("slow", "Int", async (_, _) =>
                {
                    await Task.Delay(30);
                    lock (log)
                    {
                        log.Add("slow");
                    }
                    return 1;
                })
                .Field("fast", "Int", (_, _) =>
                {
                    lock (log)
                    {
                        log.Add("fast");
                    }
                    return 2;
                }))
            .Build();
        Harness.AssertJson("""{"data":{"first":1,"second":2,"third":1}}""",
            await Harness.RunAsync(schema, "mutation { first: slow second: fast third: slow }"));
        Assert.Equal(new[] { "slow", "fast", "slow" }, log);
    }

    [Fact]
    public async Task TenThousandAliasesGiveACleanErrorOrACleanResult()
    {
        var query = new StringBuilder("{");
        for (var i = 0; i < 10_000; i++)
        {
            query.Append(" a").Append(i).Append(": count");
        }
        query.Append(" }");
        var text = query.ToString();
        Harness.AssertJson("""{"errors":[{"message":"Syntax Error: Document contains more than 15000 tokens. Parsing aborted.","locations":[{"line":1,"column":63887}]}]}""",
            await Harness.RunAsync(Sdl, text, Data));

        var unlimited = new GraphQLExecutor(SdlSchemaBuilder.Build(Sdl), new GraphQLExecutorOptions { Parser = new ParserOptions { MaxTokens = null } });
        var result = await Harness.RunAsync(unlimited, text, Data);
        Assert.StartsWith("""{"data":{"a0":2,"a1":2,""", result, StringComparison.Ordinal);
        Assert.EndsWith("\"a9999\":2}}", result, StringComparison.Ordinal);
    }

    [Fact]
    public void PreparedDocumentsAreCachedAndTellTheOperationType()
    {
        var executor = new GraphQLExecutor(SdlSchemaBuilder.Build(Sdl));
        var prepared = executor.Prepare("query Q { count } mutation M { a }");
        Assert.Same(prepared, executor.Prepare("query Q { count } mutation M { a }"));
        Assert.True(prepared.IsValid);
        Assert.Equal(OperationType.Mutation, prepared.GetOperation("M", out _)!.Operation);
        Assert.Equal(OperationType.Query, prepared.GetOperation("Q", out _)!.Operation);
        Assert.Null(prepared.GetOperation(null, out var error));
        Assert.Equal("Must provide operation name if query contains multiple operations.", error!.Message);
        Assert.False(executor.Prepare("{").IsValid);
    }

    private sealed class MaxAliasesRule(int max) : IDocumentRule
    {
        public IEnumerable<GraphQLError> Validate(Schema schema, DocumentNode document)
        {
            var counter = new AliasCounter();
            counter.Visit(document);
            if (counter.Count > max)
            {
                yield return new GraphQLError($"Too many aliases: {counter.Count} (at most {max}).");
            }
        }

        private sealed class AliasCounter : AstVisitor
        {
            public int Count { get; private set; }

            public override VisitorAction Enter(Node node)
            {
                if (node is FieldNode { Alias: not null })
                {
                    Count++;
                }
                return VisitorAction.Continue;
            }
        }
    }

    [Fact]
    public async Task AdditionalRulesRunBeforeExecution()
    {
        var executor = new GraphQLExecutor(SdlSchemaBuilder.Build(Sdl), new GraphQLExecutorOptions { AdditionalRules = new[] { new MaxAliasesRule(1) } });
        Harness.AssertJson("""{"errors":[{"message":"Too many aliases: 2 (at most 1)."}]}""", await Harness.RunAsync(executor, "{ a: count b: count }", Data));
        Harness.AssertJson("""{"data":{"a":2}}""", await Harness.RunAsync(executor, "{ a: count }", Data));
    }

    [Fact]
    public async Task ResultsAreWrittenInFieldOrder()
    {
        Harness.AssertJson("""{"data":{"count":2,"__typename":"Query","c2":2}}""",
            await Harness.RunAsync(Sdl, "{ count __typename c2: count }", Data));
    }

    [Fact]
    public async Task NoResolverOutlivesTheResponseWhenANullPropagates()
    {
        var finished = false;
        var schema = new SchemaBuilder()
            .Object("Item", t => t
                .FieldAsync<string>("slow", "String", async (_, _) =>
                {
                    await Task.Delay(100);
                    finished = true;
                    throw new GraphQLException("late failure of a discarded position");
                })
                .Field<int?>("bad", "Int!", (_, _) => null))
            .Query(q => q.Field("item", "Item", (_, _) => new object()))
            .Build();
        Harness.AssertJson(
            """{"errors":[{"message":"Cannot return null for non-nullable field Item.bad.","locations":[{"line":1,"column":15}],"path":["item","bad"]}],"data":{"item":null}}""",
            await Harness.RunAsync(schema, "{ item { slow bad } }"));
        Assert.True(finished, "the sibling resolver was still running when the response was returned");
    }
}
