using static BudgetGraph.GraphQL.Tests.Validation.ValidationHarness;

namespace BudgetGraph.GraphQL.Tests.Validation;

/// <summary>Documents and operations: 5.1.1, 5.2.1.1, 5.2.2.1, 5.2.3.1, 5.2.4.1.</summary>
public class OperationRulesTests
{
    [Fact]
    public void ExecutableDefinitions_accepts_operations_and_fragments() =>
        Valid("query A { ...F } fragment F on Query { total }");

    [Fact]
    public void ExecutableDefinitions_rejects_type_system_definitions_by_name()
    {
        const string q = "{ total }\ntype Extra { a: Int }\nextend schema @tag(name: \"x\")\ndirective @d on FIELD";
        Assert.Contains(Error("The \"Extra\" definition is not executable.", At(q, "type Extra")), Errors(q));
        Assert.Contains(Error("The schema definition is not executable.", At(q, "extend schema")), Errors(q));
        Assert.Contains(Error("The \"d\" definition is not executable.", At(q, "directive @d")), Errors(q));
    }

    [Fact]
    public void KnownOperationTypes_rejects_an_operation_the_schema_lacks()
    {
        var schema = GraphQL.Types.SdlSchemaBuilder.Build("type Query { a: Int }");
        const string q = "mutation M { a }";
        Assert.Equal(new[] { Error("The mutation operation is not supported by the schema.", "1:1") }, Errors(q, schema));
        Assert.Empty(Errors("mutation M { approve(budgetId: 1) { id } }"));
    }

    [Fact]
    public void UniqueOperationNames_reports_the_first_and_the_repeated_name()
    {
        const string q = "query Totals { total } mutation Totals { approve(budgetId: 1) { id } }";
        Invalid(q, Error("There can be only one operation named \"Totals\".", At(q, "Totals"), At(q, "Totals", 2)));
        Valid("query A { total } query B { total }");
    }

    [Fact]
    public void LoneAnonymousOperation_rejects_an_anonymous_operation_among_others()
    {
        const string q = "{ total }\nquery Named { total }";
        Invalid(q, Error("This anonymous operation must be the only defined operation.", "1:1"));
        Valid("{ ...F } fragment F on Query { total }");
    }

    [Fact]
    public void SingleFieldSubscriptions_accepts_one_root_field_even_through_fragments() =>
        Valid("subscription S { ...Root } fragment Root on Subscription { lineAdded { code } }");

    [Fact]
    public void SingleFieldSubscriptions_reports_every_extra_root_field()
    {
        const string q = "subscription S { lineAdded { code } ... on Subscription { budgetChanged { id } again: lineAdded { code } } }";
        Invalid(q, Error("Subscription \"S\" must select only one top level field.", At(q, "budgetChanged"), At(q, "again")));
    }

    [Fact]
    public void SingleFieldSubscriptions_rejects_introspection_and_skip_or_include_at_the_root()
    {
        const string intro = "subscription { __typename }";
        Invalid(intro, Error("Anonymous Subscription must not select an introspection top level field.", At(intro, "__typename")));
        const string skip = "subscription Live($no: Boolean!) { lineAdded @skip(if: $no) { code } budgetChanged @include(if: true) { id } }";
        Invalid(skip, Error("Subscription \"Live\" must not use `@skip` or `@include` directives in the top level selection.",
            At(skip, "@skip"), At(skip, "@include")));
    }

    [Fact]
    public void SingleFieldSubscriptions_requires_a_field_when_fragments_do_not_apply()
    {
        const string q = "subscription S { ... on Query { total } }";
        Invalid(q, Error("Subscription \"S\" must select one top level field.", At(q, "{ ...")),
            Error("Fragment cannot be spread here as objects of type \"Subscription\" can never be of type \"Query\".", At(q, "... on")));
    }
}
