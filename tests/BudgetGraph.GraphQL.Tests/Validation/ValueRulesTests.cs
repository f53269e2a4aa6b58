using static BudgetGraph.GraphQL.Tests.Validation.ValidationHarness;

namespace BudgetGraph.GraphQL.Tests.Validation;

/// <summary>Values: 5.6.1–5.6.4 and the OneOf Input Object rules.</summary>
public class ValueRulesTests
{
    [Fact]
    public void ValuesOfCorrectType_accepts_coercible_literals()
    {
        Valid("{ total(year: 2024, kind: REVENUE, round: false) units(ids: [1, \"b\"], limit: 5) { id } search(text: \"\"\"block\"\"\", kinds: REVENUE) { __typename }" +
              " lines(filter: { codePrefix: \"201\", minAmount: 12.5, kinds: [EXPENDITURE], range: { from: 2020 } }) { code amount(unit: WAN_YUAN) } }");
    }

    [Fact]
    public void ValuesOfCorrectType_reports_scalar_and_enum_mismatches_with_their_own_messages()
    {
        const string q = "{ total(year: \"2024\", kind: revenue, round: 1) units(limit: 3000000000) { id } }";
        Invalid(q,
            Error("Int cannot represent non-integer value: \"2024\"", At(q, "\"2024\"")),
            Error("Value \"revenue\" does not exist in \"BudgetKind\" enum. Did you mean the enum value \"REVENUE\"?", At(q, "revenue")),
            Error("Boolean cannot represent a non boolean value: 1", At(q, "1)")),
            Error("Int cannot represent non 32-bit signed integer value: 3000000000", At(q, "3000000000")));
    }

    [Fact]
    public void ValuesOfCorrectType_checks_list_items_and_input_object_fields()
    {
        const string q = "{ lines(filter: { kinds: [REVENUE, null], range: { to: 1 }, codePrefx: \"1\" }) { code } }";
        Invalid(q,
            Error("Expected value of non-null type \"BudgetKind!\" not to be null.", At(q, "null")),
            Error("Expected value of type \"YearRange\" to include required field \"from\", found: { to: 1 }.", At(q, "{ to")),
            Error("Expected value of type \"LineFilter\" not to include unknown field \"codePrefx\". Did you mean \"codePrefix\"? Found: { kinds: [REVENUE, null], range: { to: 1 }, codePrefx: \"1\" }.", At(q, "codePrefx")));
    }

    [Fact]
    public void ValuesOfCorrectType_rejects_a_scalar_where_an_object_is_expected_and_checks_variable_defaults()
    {
        const string q = "query Q($f: LineFilter = { range: 3 }, $y: Int = 1.5) { lines(filter: \"all\") { code } total(year: $y) a: lines(filter: $f) { code } }";
        Invalid(q,
            Error("Expected value of type \"YearRange\" to be an object, found: 3.", At(q, "3 }")),
            Error("Int cannot represent non-integer value: 1.5", At(q, "1.5")),
            Error("Expected value of type \"LineFilter\" to be an object, found: \"all\".", At(q, "\"all\"")));
    }

    [Fact]
    public void OneOf_input_objects_need_exactly_one_non_null_field()
    {
        const string q = "{ a: unit(ref: { id: 1, code: \"x\" }) { id } b: unit(ref: {}) { id } c: unit(ref: { code: null }) { id } d: unit(ref: { code: \"B01\" }) { id } }";
        const string message = "Within OneOf Input Object type \"UnitRef\", exactly one field must be specified, and the value for that field must be non-null.";
        Invalid(q, Error(message, At(q, "{ id: 1")), Error(message, At(q, "{}")), Error(message, At(q, "{ code: null")));
    }

    [Fact]
    public void OneOf_variables_must_be_non_nullable()
    {
        // Checked where the OneOf type itself is expected (graphql-js looks at the unwrapped parent only).
        const string q = "query Q($id: ID, $code: String!) { a: find(ref: { id: $id }) { id } b: find(ref: { code: $code }) { id } }";
        Invalid(q, Error("Variable \"$id\" is of type \"ID\" but must be non-nullable to be used for OneOf Input Object \"UnitRef\".", At(q, "$id"), At(q, "$id", 2)));
    }

    [Fact]
    public void UniqueInputFieldNames_works_per_object_literal()
    {
        const string q = "{ lines(filter: { codePrefix: \"1\", range: { from: 1, from: 2 }, codePrefix: \"2\" }) { code } }";
        var errors = Errors(q);
        Assert.Contains(Error("There can be only one input field named \"from\".", At(q, "from"), At(q, "from", 2)), errors);
        Assert.Contains(Error("There can be only one input field named \"codePrefix\".", At(q, "codePrefix"), At(q, "codePrefix", 2)), errors);
        Valid("{ lines(filter: { range: { from: 1 }, codePrefix: \"from\" }) { code } }");
    }

    [Fact]
    public void ValuesOfCorrectType_judges_the_last_of_duplicate_input_fields()
    {
        // As graphql-js: the last value of a repeated field is the one checked; the repeat itself is
        // UniqueInputFieldNames' error.
        const string lastValid = "{ lines(filter: {codePrefix: 1, codePrefix: \"2\"}) { code } }";
        Invalid(lastValid,
            Error("There can be only one input field named \"codePrefix\".", At(lastValid, "codePrefix"), At(lastValid, "codePrefix", 2)));
        const string lastInvalid = "{ lines(filter: {codePrefix: \"2\", codePrefix: 1}) { code } }";
        Invalid(lastInvalid,
            Error("String cannot represent a non string value: 1", At(lastInvalid, "1}")),
            Error("There can be only one input field named \"codePrefix\".", At(lastInvalid, "codePrefix"), At(lastInvalid, "codePrefix", 2)));
    }
}
