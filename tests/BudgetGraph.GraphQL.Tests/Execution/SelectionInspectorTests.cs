using BudgetGraph.GraphQL.Execution;
using BudgetGraph.GraphQL.Language;
using BudgetGraph.GraphQL.Types;

namespace BudgetGraph.GraphQL.Tests.Execution;

public class SelectionInspectorTests
{
    /// <summary>An inspector of the first field of the document's first operation.</summary>
    private static SelectionInspector Inspect(string document)
    {
        var parsed = Parser.Parse(document);
        var operation = parsed.Definitions.OfType<OperationDefinitionNode>().First();
        var fragments = parsed.Definitions.OfType<FragmentDefinitionNode>().ToDictionary(f => f.Name.Value);
        return new SelectionInspector([(FieldNode)operation.SelectionSet.Selections[0]], fragments);
    }

    private static readonly string[] SourceFields = ["source", "sources"];

    [Theory]
    [InlineData("{ tree { code } }", 0)]
    [InlineData("{ tree }", 0)]
    [InlineData("{ tree { children { code } } }", 1)]
    [InlineData("{ tree { children { children { children { code } } } } }", 3)]
    // The deepest branch counts, not the first.
    [InlineData("{ tree { children { code } children { children { code } } } }", 2)]
    // Aliases do not hide a field: it is matched by name.
    [InlineData("{ tree { a: children { b: children { code } } } }", 2)]
    // A chain through other fields still counts (an upper bound whatever lies between).
    [InlineData("{ tree { children { residual { children { code } } } } }", 2)]
    [InlineData("{ tree { ... on Node { children { ... { children { code } } } } } }", 2)]
    [InlineData("{ tree { ...Deep } } fragment Deep on Node { children { ...Leaf } } fragment Leaf on Node { children { code } }", 2)]
    // @skip and @include are ignored: treated as selected.
    [InlineData("{ tree { children @skip(if: true) { children @include(if: false) { code } } } }", 2)]
    // Type conditions are ignored too.
    [InlineData("{ tree { ... on Other { children { code } } } }", 1)]
    public void Nesting_depth_counts_the_field_along_the_deepest_chain(string document, int expected) =>
        Assert.Equal(expected, Inspect(document).NestingDepth("children"));

    [Fact]
    public void A_fragment_spread_at_several_depths_counts_at_each()
    {
        const string document = """
            { tree { ...Two children { children { ...Two } } } }
            fragment Two on Node { children { children { code } } }
            """;
        Assert.Equal(4, Inspect(document).NestingDepth("children"));
    }

    [Fact]
    public void Every_field_node_of_the_response_key_is_inspected()
    {
        var parsed = Parser.Parse("{ tree { code } tree { children { children { source { line } } } } }");
        var operation = parsed.Definitions.OfType<OperationDefinitionNode>().First();
        var nodes = operation.SelectionSet.Selections.Cast<FieldNode>().ToList();
        var inspector = new SelectionInspector(nodes, new Dictionary<string, FragmentDefinitionNode>());
        Assert.Equal(2, inspector.NestingDepth("children"));
        Assert.True(inspector.SelectsAny(SourceFields));
        Assert.Equal(0, new SelectionInspector([nodes[0]], new Dictionary<string, FragmentDefinitionNode>()).NestingDepth("children"));
    }

    [Fact]
    public void A_fragment_cycle_makes_the_depth_unbounded_and_terminates()
    {
        const string document = """
            { tree { ...A } }
            fragment A on Node { children { ...B } }
            fragment B on Node { code ...A }
            """;
        Assert.Equal(int.MaxValue, Inspect(document).NestingDepth("children"));
        Assert.False(Inspect(document).SelectsAny(SourceFields));
        Assert.True(Inspect(document).SelectsAny(["code"]));
    }

    [Fact]
    public void A_fragment_cycle_without_the_field_keeps_a_finite_depth_for_others()
    {
        const string document = """
            { tree { children { code } ...A } }
            fragment A on Node { ...A }
            """;
        // The cycle is reported as unbounded: a safe answer, since validation rejects the document anyway.
        Assert.Equal(int.MaxValue, Inspect(document).NestingDepth("children"));
    }

    [Fact]
    public void An_unknown_fragment_selects_nothing() =>
        Assert.Equal(1, Inspect("{ tree { children { code } ...Missing } }").NestingDepth("children"));

    [Theory]
    [InlineData("{ tree { code amount } }", false)]
    [InlineData("{ tree { source { line } } }", true)]
    [InlineData("{ tree { children { children { sources { line } } } } }", true)]
    [InlineData("{ tree { children { where: source { line } } } }", true)]
    [InlineData("{ tree { children { ... on Node { ... { sources { line } } } } } }", true)]
    [InlineData("{ tree { ...F } } fragment F on Node { children { ...G } } fragment G on Node { source { line } }", true)]
    [InlineData("{ tree { ...F } } fragment F on Node { children { code } } fragment G on Node { source { line } }", false)]
    [InlineData("{ tree { children { source @skip(if: true) { line } } } }", true)]
    // An alias named like the field does not select it.
    [InlineData("{ tree { source: code } }", false)]
    public void Selects_any_finds_a_field_by_name_anywhere_below(string document, bool expected) =>
        Assert.Equal(expected, Inspect(document).SelectsAny(SourceFields));

    [Fact]
    public void Fields_beside_the_inspected_one_do_not_count() =>
        Assert.False(Inspect("{ tree { code } other { source { line } children { children { code } } } }").SelectsAny(SourceFields));

    private sealed record Node(string Code, IReadOnlyList<Node> Children);

    [Fact]
    public async Task A_resolver_sees_the_selection_and_fragments_of_its_field()
    {
        (int Depth, bool Sources, int Fragments)? seen = null;
        var schema = new SchemaBuilder()
            .Object<Node>("Node", t => t
                .Field("code", "String!", n => n.Code)
                .Field("source", "String", n => n.Code)
                .Field("children", "[Node!]!", n => n.Children))
            .Query(q => q.Field("tree", "Node", (_, ctx) =>
            {
                seen = (ctx.Selection.NestingDepth("children"), ctx.Selection.SelectsAny(SourceFields), ctx.Fragments.Count);
                return new Node("r", [new Node("a", [new Node("b", [])])]);
            }))
            .Build();
        var executor = new GraphQLExecutor(schema);
        var result = await executor.ExecuteAsync(new GraphQLRequest
        {
            Query = """
                query { tree { code ...Kids } }
                fragment Kids on Node { children { code children { ...Src } } }
                fragment Src on Node { source }
                """,
        });
        Assert.Null(result.Errors);
        Assert.Equal((2, true, 2), seen);

        await executor.ExecuteAsync(new GraphQLRequest { Query = "{ tree { code } }" });
        Assert.Equal((0, false, 0), seen);
    }
}
