using static BudgetGraph.GraphQL.Tests.Validation.ValidationHarness;

namespace BudgetGraph.GraphQL.Tests.Validation;

/// <summary>Variables: 5.8.1–5.8.5.</summary>
public class VariableRulesTests
{
    [Fact]
    public void UniqueVariableNames_reports_each_name_once_with_every_definition()
    {
        const string q = "query Q($y: Int, $y: Int, $k: BudgetKind, $y: Int) { total(year: $y, kind: $k) }";
        Invalid(q, Error("There can be only one variable named \"$y\".", At(q, "y:"), At(q, "y:", 2), At(q, "y:", 3)));
    }

    [Fact]
    public void VariablesAreInputTypes_rejects_output_types_as_printed()
    {
        const string q = "query Q($u: [Unit!], $o: Owner!) { total }";
        var errors = Errors(q);
        Assert.Contains(Error("Variable \"$u\" cannot be non-input type \"[Unit!]\".", At(q, "[Unit!]")), errors);
        Assert.Contains(Error("Variable \"$o\" cannot be non-input type \"Owner!\".", At(q, "Owner!")), errors);
    }

    [Fact]
    public void NoUndefinedVariables_follows_fragments_and_reports_per_operation()
    {
        const string q = "query A($y: Int) { ...F }\nquery B { ...F }\n{ total(kind: $k) }\nfragment F on Query { total(year: $y) }";
        var errors = Errors(q);
        Assert.Contains(Error("Variable \"$y\" is not defined by operation \"B\".", At(q, "$y", 2), At(q, "query B")), errors);
        Assert.Contains(Error("Variable \"$k\" is not defined.", At(q, "$k"), At(q, "{ total(kind")), errors);
        Assert.DoesNotContain(errors, e => e.Contains("operation \"A\"", StringComparison.Ordinal));
    }

    [Fact]
    public void NoUnusedVariables_counts_uses_in_directives_lists_objects_and_fragments()
    {
        Valid("query Q($s: Boolean!, $k: BudgetKind!, $p: String, $y: Int!) { total @skip(if: $s) search(text: \"x\", kinds: [$k]) { __typename } ...F }" +
              " fragment F on Query { lines(filter: { codePrefix: $p, range: { from: $y } }) { code } }");
        const string q = "query Q($used: Int, $unused: Int) { total(year: $used) }\nquery ($gone: Int) { total }";
        var errors = Errors(q);
        Assert.Contains(Error("Variable \"$unused\" is never used in operation \"Q\".", At(q, "$unused")), errors);
        Assert.Contains(Error("Variable \"$gone\" is never used.", At(q, "$gone")), errors);
    }

    [Fact]
    public void VariablesInAllowedPosition_accepts_compatible_and_defaulted_usages()
    {
        Valid("query Q($id: ID!, $y: Int = 2024, $u: Int, $k: BudgetKind!, $d: Int) { budget(id: $id) { id } department(id: 1) { budgets(year: $y, kind: $k) { id } }" +
              " a: units(ids: [$id], limit: $u) { id } lines(filter: { range: { from: 1, to: $d } }) { code } }");
    }

    [Fact]
    public void VariablesInAllowedPosition_reports_type_mismatches_at_definition_and_use()
    {
        const string q = "query Q($y: Int, $ids: [ID], $k: String, $n: Int = null) { budget(id: $y) { id } units(ids: $ids) { id } total(kind: $k) department(id: 1) { budgets(year: $n) { id } } }";
        Invalid(q,
            Error("Variable \"$y\" of type \"Int\" used in position expecting type \"ID!\".", At(q, "$y"), At(q, "$y", 2)),
            Error("Variable \"$ids\" of type \"[ID]\" used in position expecting type \"[ID!]\".", At(q, "$ids"), At(q, "$ids", 2)),
            Error("Variable \"$k\" of type \"String\" used in position expecting type \"BudgetKind\".", At(q, "$k"), At(q, "$k", 2)),
            Error("Variable \"$n\" of type \"Int\" used in position expecting type \"Int!\".", At(q, "$n"), At(q, "$n", 2)));
    }

    [Fact]
    public void VariablesInAllowedPosition_judges_fragment_usages_in_each_operation()
    {
        const string q = "query A($y: Int!) { ...F }\nquery B($y: String) { ...F }\nfragment F on Query { total(year: $y) }";
        Invalid(q, Error("Variable \"$y\" of type \"String\" used in position expecting type \"Int\".", At(q, "$y: String"), At(q, "$y)")));
    }
}
