using static BudgetGraph.GraphQL.Tests.Validation.ValidationHarness;

namespace BudgetGraph.GraphQL.Tests.Validation;

/// <summary>5.3.2 Field Selection Merging (OverlappingFieldsCanBeMergedRule).</summary>
public class FieldMergingTests
{
    private const string Advice = ". Use different aliases on the fields to fetch both if this was intentional.";

    [Fact]
    public void Identical_fields_and_arguments_merge_whatever_their_order()
    {
        Valid("query Q($y: Int) { total(year: $y, kind: REVENUE) total(kind: REVENUE, year: $y) t: total t: total" +
              " lines(filter: { codePrefix: \"1\", range: { from: 1 } }) { code } lines(filter: { range: { from: 1 }, codePrefix: \"1\" }) { label } }");
    }

    [Fact]
    public void Different_fields_under_one_response_name_conflict()
    {
        const string q = "{ department(id: 1) { name: code name } }";
        Invalid(q, Error("Fields \"name\" conflict because \"code\" and \"name\" are different fields" + Advice, At(q, "name:"), At(q, "name }")));
    }

    [Fact]
    public void Differing_arguments_conflict_including_block_versus_quoted_strings()
    {
        const string q = "{ total(year: 1) total(year: 2) s: search(text: \"a\") { __typename } s: search(text: \"\"\"a\"\"\") { __typename } }";
        Invalid(q,
            Error("Fields \"total\" conflict because they have differing arguments" + Advice, At(q, "total"), At(q, "total", 2)),
            Error("Fields \"s\" conflict because they have differing arguments" + Advice, At(q, "s:"), At(q, "s:", 2)));
    }

    [Fact]
    public void Fields_on_different_object_types_may_differ_but_must_return_the_same_shape()
    {
        Valid("{ units { ... on Department { label: code } ... on Agency { label: region } } }");
        const string q = "{ units { ... on Department { staffCount } ... on Agency { staffCount } } }";
        Invalid(q, Error("Fields \"staffCount\" conflict because they return conflicting types \"Int\" and \"Float\"" + Advice,
            At(q, "staffCount"), At(q, "staffCount", 2)));
    }

    [Fact]
    public void Conflicts_inside_subselections_name_the_subfields_and_list_all_nodes()
    {
        const string q = "{ d: department(id: 1) { head { n: name } } d: department(id: 1) { head { n: title } } }";
        Invalid(q, Error("Fields \"d\" conflict because subfields \"head\" conflict because subfields \"n\" conflict because \"name\" and \"title\" are different fields" + Advice,
            At(q, "d: department"), At(q, "head"), At(q, "n:"), At(q, "d: department", 2), At(q, "head", 2), At(q, "n:", 2)));
    }

    [Fact]
    public void Conflicts_through_fragments_are_found_and_reported_once()
    {
        const string q = "{ ...A ...B ...A owner { ...C } owner { ...D } }\nfragment A on Query { x: total }\nfragment B on Query { x: owner { __typename } }\n" +
                         "fragment C on Owner { ... on Person { t: title } }\nfragment D on Owner { ... on Person { t: name } }";
        // The inner selection set is left first, so its conflict comes first.
        Invalid(q,
            Error("Fields \"owner\" conflict because subfields \"t\" conflict because \"title\" and \"name\" are different fields" + Advice,
                At(q, "owner"), At(q, "t:"), At(q, "owner", 2), At(q, "t:", 2)),
            Error("Fields \"x\" conflict because \"total\" and \"owner\" are different fields" + Advice, At(q, "x:"), At(q, "x:", 2)));
    }

    [Fact]
    public void Non_null_and_list_wrappers_must_match()
    {
        const string q = "{ budget(id: 1) { x: kind ... on Node { x: id } } lines(filter: {}) { code } lines: search(text: \"q\") { __typename } }";
        var errors = Errors(q);
        Assert.Contains(Error("Fields \"x\" conflict because \"kind\" and \"id\" are different fields" + Advice, At(q, "x:"), At(q, "x:", 2)), errors);
        Assert.Contains(Error("Fields \"lines\" conflict because \"lines\" and \"search\" are different fields" + Advice, At(q, "lines(filter"), At(q, "lines:")), errors);
    }

    [Fact]
    public void Many_aliases_of_one_field_validate_without_pairwise_comparison()
    {
        var q = "{ " + string.Join(" ", Enumerable.Range(0, 10_000).Select(i => $"a{i}: total(year: {i})")) + " }";
        Assert.Empty(Errors(q));
    }

    [Fact]
    public void Too_many_comparisons_abort_validation_cleanly()
    {
        // 10,000 fields with one response name need ~50 million comparisons: the budget stops the rule.
        var q = "{ " + string.Join(" ", Enumerable.Range(0, 10_000).Select(_ => "total")) + " }";
        Assert.Equal(new[] { "Validation aborted. @ " }, Errors(q));
    }
}
