using static BudgetGraph.GraphQL.Tests.Validation.ValidationHarness;

namespace BudgetGraph.GraphQL.Tests.Validation;

/// <summary>Fields: 5.3.1 Field Selections and 5.3.3 Leaf Field Selections (merging has its own class).</summary>
public class FieldRulesTests
{
    [Fact]
    public void FieldsOnCorrectType_accepts_declared_fields_aliases_and_typename() =>
        Valid("{ d: department(id: 1) { __typename name } owner { __typename ... on Person { title } } __schema { queryType { name } } }");

    [Fact]
    public void FieldsOnCorrectType_suggests_only_close_field_names()
    {
        const string q = "{ department(id: 1) { nmae staff } }";
        Invalid(q,
            Error("Cannot query field \"nmae\" on type \"Department\". Did you mean \"name\"?", At(q, "nmae")),
            Error("Cannot query field \"staff\" on type \"Department\".", At(q, "staff ")));
    }

    [Fact]
    public void FieldsOnCorrectType_suggests_inline_fragments_on_abstract_types_most_used_first()
    {
        // "staffCount" is declared by Department and Agency; "region" by Agency only.
        const string q = "{ units { staffCount } search(text: \"x\") { region } }";
        Invalid(q,
            Error("Cannot query field \"staffCount\" on type \"Unit\". Did you mean to use an inline fragment on \"Agency\" or \"Department\"?", At(q, "staffCount")),
            Error("Cannot query field \"region\" on type \"Searchable\". Did you mean to use an inline fragment on \"Agency\"?", At(q, "region")));
    }

    [Fact]
    public void FieldsOnCorrectType_orders_type_suggestions_as_graphql_js_does()
    {
        // Named is shared by both members; Unit sorts before Department, which implements it.
        const string q = "{ owner { name } }";
        Invalid(q, Error("Cannot query field \"name\" on type \"Owner\". Did you mean to use an inline fragment on \"Named\", \"Person\", \"Unit\", or \"Department\"?", At(q, "name")));
    }

    [Fact]
    public void FieldsOnCorrectType_knows_schema_and_type_only_on_the_query_root()
    {
        const string q = "{ budget(id: 1) { __schema { queryType { name } } } }";
        Invalid(q, Error("Cannot query field \"__schema\" on type \"Budget\".", At(q, "__schema")));
    }

    [Fact]
    public void ScalarLeafs_requires_subselections_on_composite_fields()
    {
        const string q = "{ units owner { __typename } }";
        Invalid(q, Error("Field \"units\" of type \"[Unit!]!\" must have a selection of subfields. Did you mean \"units { ... }\"?", At(q, "units")));
    }

    [Fact]
    public void ScalarLeafs_forbids_subselections_on_leaves()
    {
        const string q = "{ total { amount } budget(id: 1) { kind { name } } }";
        Invalid(q,
            Error("Field \"total\" must not have a selection since type \"Yuan\" has no subfields.", At(q, "{ amount")),
            Error("Field \"kind\" must not have a selection since type \"BudgetKind!\" has no subfields.", At(q, "{ name")));
    }
}
