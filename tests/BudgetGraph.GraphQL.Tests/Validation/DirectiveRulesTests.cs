using static BudgetGraph.GraphQL.Tests.Validation.ValidationHarness;

namespace BudgetGraph.GraphQL.Tests.Validation;

/// <summary>Directives: 5.7.1–5.7.3.</summary>
public class DirectiveRulesTests
{
    [Fact]
    public void KnownDirectives_accepts_directives_in_their_locations() =>
        Valid("query Q($y: Int @audit) @tag(name: \"q\") { y: total(year: $y) @skip(if: false) @audit ...F @tag(name: \"s\") ... @include(if: true) { total } }" +
              " fragment F on Query @audit { total }");

    [Fact]
    public void KnownDirectives_rejects_unknown_directives_and_wrong_locations()
    {
        const string q = "mutation M @tag(name: \"m\") { approve(budgetId: 1) @cache { id } }\nfragment F on Query @skip(if: true) { total }";
        var errors = Errors(q);
        Assert.Contains(Error("Directive \"@tag\" may not be used on MUTATION.", At(q, "@tag")), errors);
        Assert.Contains(Error("Unknown directive \"@cache\".", At(q, "@cache")), errors);
        Assert.Contains(Error("Directive \"@skip\" may not be used on FRAGMENT_DEFINITION.", At(q, "@skip")), errors);
    }

    [Fact]
    public void KnownDirectives_checks_directives_inside_type_definitions_too()
    {
        const string q = "{ total } type Extra @tag(name: \"x\") { a: Int @deprecated }";
        Assert.Contains(Error("Directive \"@tag\" may not be used on OBJECT.", At(q, "@tag")), Errors(q));
        Assert.DoesNotContain(Errors(q), e => e.Contains("@deprecated", StringComparison.Ordinal));
    }

    [Fact]
    public void UniqueDirectivesPerLocation_allows_repeatable_directives_only()
    {
        const string q = "{ total @skip(if: false) @tag(name: \"a\") @tag(name: \"b\") @skip(if: true) @audit @audit(level: 2) }";
        Invalid(q,
            Error("The directive \"@skip\" can only be used once at this location.", At(q, "@skip"), At(q, "@skip", 2)),
            Error("The directive \"@audit\" can only be used once at this location.", At(q, "@audit"), At(q, "@audit", 2)));
        Valid("{ total @skip(if: false) a: total @skip(if: true) }");
    }
}
