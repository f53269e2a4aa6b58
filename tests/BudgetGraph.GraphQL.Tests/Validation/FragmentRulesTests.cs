using static BudgetGraph.GraphQL.Tests.Validation.ValidationHarness;

namespace BudgetGraph.GraphQL.Tests.Validation;

/// <summary>Fragments: 5.5.1.1–5.5.1.4 and 5.5.2.1–5.5.2.3.</summary>
public class FragmentRulesTests
{
    [Fact]
    public void UniqueFragmentNames_reports_both_names()
    {
        const string q = "{ ...F } fragment F on Query { total } fragment F on Query { owner { __typename } }";
        Invalid(q, Error("There can be only one fragment named \"F\".", At(q, "F on"), At(q, "F on", 2)));
    }

    [Fact]
    public void KnownTypeNames_rejects_unknown_types_in_conditions_and_variables_with_suggestions()
    {
        const string q = "query Q($k: BudgetKnd) { ... on Deparment { __typename } ...G } fragment G on Nothing { __typename }";
        // Rules run in graphql-js's order at each node: the unused variable is found on entering the operation.
        Invalid(q,
            Error("Variable \"$k\" is never used in operation \"Q\".", At(q, "$k")),
            Error("Unknown type \"BudgetKnd\". Did you mean \"BudgetKind\", \"Budget\", or \"BudgetLine\"?", At(q, "BudgetKnd")),
            Error("Unknown type \"Deparment\". Did you mean \"Department\"?", At(q, "Deparment")),
            Error("Unknown type \"Nothing\". Did you mean \"String\"?", At(q, "Nothing")));
    }

    [Fact]
    public void KnownTypeNames_accepts_standard_scalars_in_type_definitions_only()
    {
        // Inside SDL the standard scalar names are always known; the definition itself is not executable.
        const string q = "{ total } type Extra { a: String b: Missing }";
        Assert.Equal(new[]
        {
            Error("The \"Extra\" definition is not executable.", At(q, "type Extra")),
            Error("Unknown type \"Missing\".", At(q, "Missing")),
        }, Errors(q));
    }

    [Fact]
    public void FragmentsOnCompositeTypes_rejects_leaf_and_input_conditions()
    {
        const string q = "{ ...OnKind ... on YearRange { __typename } } fragment OnKind on BudgetKind { __typename }";
        var errors = Errors(q);
        Assert.Contains(Error("Fragment cannot condition on non composite type \"YearRange\".", At(q, "YearRange")), errors);
        Assert.Contains(Error("Fragment \"OnKind\" cannot condition on non composite type \"BudgetKind\".", At(q, "BudgetKind")), errors);
        Valid("{ owner { ... on Owner { __typename } ...N } } fragment N on Node { id }");
    }

    [Fact]
    public void NoUnusedFragments_counts_only_fragments_reached_from_operations()
    {
        const string q = "{ ...A }\nfragment A on Query { ...B }\nfragment B on Query { total }\nfragment Orphan on Query { ...Lonely }\nfragment Lonely on Query { total }";
        Invalid(q,
            Error("Fragment \"Orphan\" is never used.", At(q, "fragment Orphan")),
            Error("Fragment \"Lonely\" is never used.", At(q, "fragment Lonely")));
    }

    [Fact]
    public void KnownFragmentNames_points_at_the_spread_name()
    {
        const string q = "{ ...Missing owner { ...AlsoMissing } }";
        Invalid(q,
            Error("Unknown fragment \"Missing\".", At(q, "Missing")),
            Error("Unknown fragment \"AlsoMissing\".", At(q, "AlsoMissing")));
    }

    [Fact]
    public void NoFragmentCycles_reports_direct_and_indirect_cycles_once()
    {
        const string q = "{ ...A }\nfragment A on Query { ...B }\nfragment B on Query { owner { ... on Person { __typename } } ...C }\nfragment C on Query { ...A }";
        Invalid(q, Error("Cannot spread fragment \"A\" within itself via \"B\", \"C\".", At(q, "...B"), At(q, "...C"), At(q, "...A", 2)));
        const string self = "{ ...S } fragment S on Query { total ...S }";
        Invalid(self, Error("Cannot spread fragment \"S\" within itself.", At(self, "...S", 2)));
    }

    [Fact]
    public void PossibleFragmentSpreads_accepts_overlapping_types()
    {
        Valid("{ owner { ... on Department { name } ...N ... on Named { name } } units { ... on Owner { __typename } } }" +
              " fragment N on Node { id }");
    }

    [Fact]
    public void PossibleFragmentSpreads_rejects_types_that_cannot_overlap()
    {
        const string q = "{ owner { ... on Agency { region } ...B } } fragment B on Budget { year }";
        Invalid(q,
            Error("Fragment cannot be spread here as objects of type \"Owner\" can never be of type \"Agency\".", At(q, "... on Agency")),
            Error("Fragment \"B\" cannot be spread here as objects of type \"Owner\" can never be of type \"Budget\".", At(q, "...B")));
    }
}
