using BudgetGraph.GraphQL.Types;

namespace BudgetGraph.GraphQL.Tests.Types;

public class SdlSchemaBuilderTests
{
    [Fact]
    public void ExtensionsSchemaDefinitionAndDirectivesAreApplied()
    {
        var schema = SdlSchemaBuilder.Build("""
            schema { query: Root }
            extend schema { mutation: Change }
            directive @tag(name: String!) repeatable on OBJECT | FIELD_DEFINITION
            type Root @tag(name: "r") { a: Int }
            extend type Root { b: [String!] @tag(name: "b") }
            type Change { c: Boolean }
            enum E { A }
            extend enum E { B }
            """);
        Assert.Equal("Root", schema.QueryType!.Name);
        Assert.Equal("Change", schema.MutationType!.Name);
        var root = (ObjectType)schema.GetType("Root")!;
        Assert.Equal(new[] { "a", "b" }, root.Fields.Keys);
        Assert.Equal("[String!]", root.Fields["b"].Type.ToString());
        Assert.Equal("tag", Assert.Single(root.AppliedDirectives).Name);
        Assert.Equal("tag", Assert.Single(root.Fields["b"].AppliedDirectives).Name);
        Assert.Equal(new[] { "A", "B" }, ((EnumType)schema.GetType("E")!).Values.Keys);
        Assert.True(schema.GetDirective("tag")!.IsRepeatable);
        Assert.Equal(new[] { "tag", "include", "skip", "deprecated", "specifiedBy", "oneOf" }, schema.Directives.Select(d => d.Name));
    }

    [Fact]
    public void SdlMayReferToIntrospectionTypesAsGraphQLJsAllows()
    {
        var schema = SdlSchemaBuilder.Build("type Query { meta: __EnumValue }");
        Assert.Same(BudgetGraph.GraphQL.Introspection.IntrospectionTypes.EnumValueType, ((ObjectType)schema.QueryType!).Fields["meta"].Type);
    }

    [Theory]
    [InlineData("type Query { a: Int } type Query { b: Int }", "There can be only one type named \"Query\".")]
    [InlineData("type Query { a: Int } extend type Missing { b: Int }", "Cannot extend type \"Missing\" because it is not defined.")]
    [InlineData("type Query { a: Int a: String }", "Field \"Query.a\" can only be defined once.")]
    [InlineData("type Query { a: Int } union U = Query | Int", "Union type U can only include Object types, it cannot include Int.")]
    [InlineData("{ a }", "Executable definitions are not allowed in a schema document.")]
    public void SdlErrors(string sdl, string message)
    {
        var ex = Assert.Throws<GraphQLErrorException>(() => SdlSchemaBuilder.Build(sdl));
        Assert.Equal(message, ex.Errors[0].Message);
    }

    [Fact]
    public void ConfiguredScalarsReplaceDeclaredOnes()
    {
        var schema = SdlSchemaBuilder.Build("type Query { amount: Decimal } scalar Decimal",
            new SdlBuildOptions { Scalars = new Dictionary<string, ScalarType> { ["Decimal"] = Scalars.Decimal } });
        Assert.Same(Scalars.Decimal, schema.GetType("Decimal"));
    }
}
