using static BudgetGraph.GraphQL.Tests.Validation.ValidationHarness;

namespace BudgetGraph.GraphQL.Tests.Validation;

/// <summary>Arguments: 5.4.1 Argument Names, 5.4.2 Argument Uniqueness, 5.4.3 Required Arguments.</summary>
public class ArgumentRulesTests
{
    [Fact]
    public void KnownArgumentNames_accepts_field_and_directive_arguments_in_any_order() =>
        Valid("{ total(round: true, year: 2024) @tag(name: \"t\") search(kinds: [REVENUE], text: \"x\") { __typename } }");

    [Fact]
    public void KnownArgumentNames_names_the_field_or_directive_and_suggests()
    {
        const string q = "{ total(yaer: 2024) @audit(levle: 2) __type(nam: \"Unit\") { name } }";
        Invalid(q,
            Error("Unknown argument \"yaer\" on field \"Query.total\". Did you mean \"year\"?", At(q, "yaer")),
            Error("Unknown argument \"levle\" on directive \"@audit\". Did you mean \"level\"?", At(q, "levle")),
            Error("Unknown argument \"nam\" on field \"<meta>.__type\". Did you mean \"name\"?", At(q, "nam:")),
            Error("Argument \"<meta>.__type(name:)\" of type \"String!\" is required, but it was not provided.", At(q, "__type")));
    }

    [Fact]
    public void UniqueArgumentNames_reports_all_repeats_together()
    {
        const string q = "{ total(year: 1, year: 2, year: 3) @tag(name: \"a\", name: \"b\") }";
        Invalid(q,
            Error("There can be only one argument named \"year\".", At(q, "year"), At(q, "year", 2), At(q, "year", 3)),
            Error("There can be only one argument named \"name\".", At(q, "name"), At(q, "name", 2)));
    }

    [Fact]
    public void ProvidedRequiredArguments_accepts_defaults_and_nullable_arguments() =>
        Valid("{ units { id } total department(id: 1) { budgets(year: 2024) { id } } }");

    [Fact]
    public void ProvidedRequiredArguments_reports_missing_field_and_directive_arguments()
    {
        const string q = "{ department { budgets { id } } search @tag { __typename } }";
        Invalid(q,
            Error("Argument \"Department.budgets(year:)\" of type \"Int!\" is required, but it was not provided.", At(q, "budgets")),
            Error("Argument \"Query.department(id:)\" of type \"ID!\" is required, but it was not provided.", At(q, "department")),
            Error("Argument \"@tag(name:)\" of type \"String!\" is required, but it was not provided.", At(q, "@tag")),
            Error("Argument \"Query.search(text:)\" of type \"String!\" is required, but it was not provided.", At(q, "search")));
    }

    [Fact]
    public void ProvidedRequiredArguments_leaves_an_explicit_null_to_values_of_correct_type()
    {
        const string q = "{ budget(id: null) { id } }";
        Invalid(q, Error("Expected value of non-null type \"ID!\" not to be null.", At(q, "null")));
    }
}
