using BudgetGraph.GraphQL.Types;

namespace BudgetGraph.GraphQL.Tests.Execution;

public class IntrospectionTests
{
    private const string Sdl = """
        "The schema."
        schema { query: Query }
        "The root."
        type Query { a(x: Int = 1 @deprecated(reason: "old"), y: [Color!] = [RED]): String @deprecated s: Money }
        enum Color { RED GREEN @deprecated }
        input In @oneOf { a: Int b: String @deprecated }
        scalar Money @specifiedBy(url: "https://example.com")
        interface Node { id: ID! }
        interface Named implements Node { id: ID! name: String }
        type Thing implements Named & Node { id: ID! name: String }
        """;

    [Fact]
    public async Task DeprecatedMembersAreHiddenUnlessAskedFor()
    {
        Harness.AssertJson(
            """{"data":{"__type":{"fields":[{"name":"s"}],"all":[{"name":"a","isDeprecated":true,"deprecationReason":"No longer supported","args":[{"name":"y","defaultValue":"[RED]"}],"allArgs":[{"name":"x","defaultValue":"1","isDeprecated":true,"deprecationReason":"old"},{"name":"y","defaultValue":"[RED]","isDeprecated":false,"deprecationReason":null}]},{"name":"s","isDeprecated":false,"deprecationReason":null,"args":[],"allArgs":[]}]}}}""",
            await Harness.RunAsync(Sdl, """{ __type(name: "Query") { fields { name } all: fields(includeDeprecated: true) { name isDeprecated deprecationReason args { name defaultValue } allArgs: args(includeDeprecated: true) { name defaultValue isDeprecated deprecationReason } } } }"""));
        Harness.AssertJson(
            """{"data":{"e":{"enumValues":[{"name":"RED"}]},"i":{"isOneOf":true,"inputFields":[{"name":"a"}],"all":[{"name":"a"},{"name":"b"}]}}}""",
            await Harness.RunAsync(Sdl, """{ e: __type(name: "Color") { enumValues { name } } i: __type(name: "In") { isOneOf inputFields { name } all: inputFields(includeDeprecated: true) { name } } }"""));
    }

    [Fact]
    public async Task ScalarsInterfacesAndWrappers()
    {
        Harness.AssertJson(
            """{"data":{"m":{"kind":"SCALAR","specifiedByURL":"https://example.com"},"n":{"kind":"INTERFACE","interfaces":[{"name":"Node"}],"possibleTypes":[{"name":"Thing"}]},"t":{"fields":[{"type":{"kind":"NON_NULL","name":null,"ofType":{"kind":"SCALAR","name":"ID"}}},{"type":{"kind":"SCALAR","name":"String","ofType":null}}]},"s":{"description":"The schema.","queryType":{"name":"Query"},"mutationType":null}}}""",
            await Harness.RunAsync(Sdl, """{ m: __type(name: "Money") { kind specifiedByURL } n: __type(name: "Named") { kind interfaces { name } possibleTypes { name } } t: __type(name: "Thing") { fields { type { kind name ofType { kind name } } } } s: __schema { description queryType { name } mutationType { name } } }"""));
    }

    [Fact]
    public async Task SchemaDescriptionAndDirectives()
    {
        var result = await Harness.RunAsync(Sdl, "{ __schema { directives { name isRepeatable locations args { name type { kind ofType { name } } defaultValue } } } }");
        Assert.Contains("""{"name":"deprecated","isRepeatable":false,"locations":["FIELD_DEFINITION","ARGUMENT_DEFINITION","INPUT_FIELD_DEFINITION","ENUM_VALUE","DIRECTIVE_DEFINITION"],"args":[{"name":"reason","type":{"kind":"NON_NULL","ofType":{"name":"String"}},"defaultValue":"\"No longer supported\""}]}""", result, StringComparison.Ordinal);
        Assert.Contains("""{"name":"oneOf","isRepeatable":false,"locations":["INPUT_OBJECT"],"args":[]}""", result, StringComparison.Ordinal);
        Assert.Equal(5, SdlSchemaBuilder.Build(Sdl).Directives.Count);
    }
}
