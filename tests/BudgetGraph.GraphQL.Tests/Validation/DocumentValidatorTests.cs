using BudgetGraph.GraphQL.Language;
using BudgetGraph.GraphQL.Validation;
using static BudgetGraph.GraphQL.Tests.Validation.ValidationHarness;

namespace BudgetGraph.GraphQL.Tests.Validation;

/// <summary>The validator itself: options, extra rules, limits, one traversal shared by all rules.</summary>
public class DocumentValidatorTests
{
    [Fact]
    public void Every_specified_rule_is_a_public_rule_class_of_its_own()
    {
        var rules = typeof(DocumentValidator).Assembly.GetTypes().Where(t => t.Namespace == "BudgetGraph.GraphQL.Validation.Rules" && t.IsPublic).ToList();
        Assert.Equal(DocumentValidator.SpecifiedRules.Count, rules.Count);
        Assert.All(rules, r => Assert.EndsWith("Rule", r.Name, StringComparison.Ordinal));
    }

    [Fact]
    public void Stops_after_max_errors_with_graphql_js_message()
    {
        var errors = Errors("{ a b c d e }", options: new ValidationOptions { MaxErrors = 3 });
        Assert.Equal(4, errors.Count);
        Assert.Equal("Cannot query field \"c\" on type \"Query\". @ 1:7", errors[2]);
        Assert.Equal("Too many validation errors, error limit reached. Validation aborted. @ ", errors[3]);
    }

    [Fact]
    public void Hiding_suggestions_removes_did_you_mean_everywhere()
    {
        const string q = "query Q($k: BudgetKnd) { totl(yaer: 1) @audit(levl: 1) department(id: 1) { nmae } }";
        var errors = Errors(q, options: new ValidationOptions { HideSuggestions = true });
        Assert.Contains("Unknown type \"BudgetKnd\". @ " + At(q, "BudgetKnd"), errors);
        Assert.Contains("Cannot query field \"totl\" on type \"Query\". @ " + At(q, "totl"), errors);
        Assert.Contains("Unknown argument \"levl\" on directive \"@audit\". @ " + At(q, "levl"), errors);
        Assert.Contains("Cannot query field \"nmae\" on type \"Department\". @ " + At(q, "nmae"), errors);
        Assert.DoesNotContain(errors, e => e.Contains("Did you mean", StringComparison.Ordinal));
    }

    [Fact]
    public void Hiding_suggestions_reaches_enum_literals_and_input_object_fields()
    {
        const string q = "{ search(text: \"x\", kinds: [REVENU]) { __typename } lines(filter: {codePrefx: \"2\"}) { code } }";
        Assert.Equal(new[]
        {
            "Value \"REVENU\" does not exist in \"BudgetKind\" enum. Did you mean the enum value \"REVENUE\"? @ " + At(q, "REVENU"),
            "Expected value of type \"LineFilter\" not to include unknown field \"codePrefx\". Did you mean \"codePrefix\"? Found: { codePrefx: \"2\" }. @ " + At(q, "codePrefx"),
        }, Errors(q));
        Assert.Equal(new[]
        {
            "Value \"REVENU\" does not exist in \"BudgetKind\" enum. @ " + At(q, "REVENU"),
            "Expected value of type \"LineFilter\" not to include unknown field \"codePrefx\", found: { codePrefx: \"2\" }. @ " + At(q, "codePrefx"),
        }, Errors(q, options: new ValidationOptions { HideSuggestions = true }));
    }

    [Fact]
    public void Empty_selection_sets_can_be_rejected()
    {
        const string q = "{ owner { } }";
        Assert.Empty(Errors(q));
        Assert.Equal(new[] { "Field \"owner\" of type \"Owner\" must have at least one field selected. @ 1:3" },
            Errors(q, options: new ValidationOptions { AllowEmptySelectionSets = false }));
    }

    [Fact]
    public void Additional_rules_run_in_the_same_traversal_with_type_information()
    {
        var options = new ValidationOptions { AdditionalRules = new ValidationRule[] { c => new NoYuanFieldsRule(c) } };
        const string q = "{ total x: budget(id: 1) { total year } }";
        Assert.Equal(new[] { "Yuan field \"Query.total\" @ 1:3", "Yuan field \"Budget.total\" @ " + At(q, "total", 2) }, Errors(q, options: options));
        var only = new ValidationOptions { Rules = Array.Empty<ValidationRule>(), AdditionalRules = options.AdditionalRules };
        Assert.Equal(new[] { "Yuan field \"Query.total\" @ 1:3" }, Errors("{ total nope }", options: only));
    }

    [Fact]
    public void Descriptions_of_executable_definitions_are_not_values_to_check()
    {
        Valid("\"Totals of a year\" query Q(\"the year\" $y: Int) { total(year: $y) }");
    }

    [Fact]
    public void Following_too_many_fragment_spreads_aborts_validation()
    {
        // 120 fragments, each spreading the next 450 times: 54,000 units of fragment work > 50,000.
        var fragments = Enumerable.Range(0, 120).Select(i =>
            $"fragment F{i} on Query {{ total {string.Concat(Enumerable.Repeat($" ...F{i + 1}", i < 119 ? 450 : 0))} }}");
        var q = "{ ...F0 }\n" + string.Join("\n", fragments);
        Assert.Equal(new[] { "Validation aborted. @ " }, Errors(q));
    }

    [Fact]
    public void A_fragment_chain_too_long_for_the_stack_ends_validation_cleanly()
    {
        // Only reachable without the parser's token limit; on a small stack the chain must not crash the process.
        var q = "{ ...F0 } " + string.Join(" ", Enumerable.Range(0, 20_000).Select(i => $"fragment F{i} on Query {{ ...F{i + 1} }}")) +
                " fragment F20000 on Query { total }";
        List<string>? errors = null;
        var thread = new Thread(() => errors = Errors(q), 256 * 1024);
        thread.Start();
        thread.Join();
        Assert.Equal(new[] { "Validation aborted. @ " }, errors);
    }

    [Fact]
    public void Validation_is_repeatable_on_the_same_document()
    {
        var document = Parse("query Q($y: Int) { ...F } fragment F on Query { total(year: $y) nope }");
        var first = DocumentValidator.Validate(Schema, document);
        var second = DocumentValidator.Validate(Schema, document);
        Assert.Equal(first.Select(e => e.Message), second.Select(e => e.Message));
        Assert.Single(first);
    }

    [Fact]
    public void Context_collects_fragments_and_typed_variable_usages_through_spreads()
    {
        var document = Parse("query Q($r: Int, $k: BudgetKind) { ...A } fragment A on Query { ...B total(year: $r) } fragment B on Query { lines(filter: { kinds: [$k] }) { code } }");
        VariableUsage[]? usages = null;
        string[]? fragments = null;
        var options = new ValidationOptions
        {
            Rules = Array.Empty<ValidationRule>(),
            AdditionalRules = new ValidationRule[] { c => new ProbeRule(c, (f, u) => (fragments, usages) = (f, u)) },
        };
        Assert.Empty(DocumentValidator.Validate(Schema, document, options));
        Assert.Equal(new[] { "A", "B" }, fragments);
        Assert.NotNull(usages);
        Assert.Equal(new[] { "r", "k" }, usages!.Select(u => u.Node.Name.Value));
        Assert.Equal(new[] { "Int", "BudgetKind!" }, usages!.Select(u => u.Type!.ToString()));
        Assert.Equal("[BudgetKind!]", usages![1].ParentType!.ToString());
    }

    /// <summary>Hands what the context knows about the operation to the test.</summary>
    private sealed class ProbeRule(ValidationContext context, Action<string[], VariableUsage[]> report) : ValidationVisitor(context)
    {
        public override VisitorAction Enter(Node node)
        {
            if (node is OperationDefinitionNode operation)
            {
                report(Context.GetRecursivelyReferencedFragments(operation).Select(f => f.Name.Value).ToArray(),
                    Context.GetRecursiveVariableUsages(operation).ToArray());
            }
            return VisitorAction.Continue;
        }
    }

    /// <summary>A rule of a server's own: reports fields of type Yuan, using the shared type information.</summary>
    private sealed class NoYuanFieldsRule(ValidationContext context) : ValidationVisitor(context)
    {
        public override VisitorAction Enter(Node node)
        {
            if (node is FieldNode field && Context.FieldDef is { Type.NamedType.Name: "Yuan" } def)
            {
                Context.ReportError(new GraphQLError($"Yuan field \"{TypeRelations.FieldCoordinate(Context.ParentType, def)}\"", field));
            }
            return VisitorAction.Continue;
        }
    }
}
