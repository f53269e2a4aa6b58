using static BudgetGraph.GraphQL.Tests.Validation.ValidationHarness;

namespace BudgetGraph.GraphQL.Tests.Validation;

/// <summary>graphql-js's MaxIntrospectionDepthRule.</summary>
public class MaxIntrospectionDepthTests
{
    [Fact]
    public void The_standard_introspection_shape_is_accepted() =>
        Valid("{ __schema { types { fields { type { ofType { ofType { name } } } } interfaces { name } possibleTypes { name } inputFields { name } } } }");

    [Fact]
    public void Three_nested_list_fields_are_rejected_at_the_meta_field()
    {
        const string q = "{ __type(name: \"Unit\") { fields { type { fields { type { fields { name } } } } } } }";
        Invalid(q, Error("Maximum introspection depth exceeded", At(q, "__type")));
    }

    [Fact]
    public void Depth_is_counted_through_fragments_and_interfaces_possible_types_and_input_fields()
    {
        const string q = "{ __schema { types { ...T } } }\nfragment T on __Type { interfaces { possibleTypes { ...I } } }\nfragment I on __Type { inputFields { name } }";
        Invalid(q, Error("Maximum introspection depth exceeded", At(q, "__schema")));
    }

    [Fact]
    public void OfType_chains_do_not_count()
    {
        Valid("{ __type(name: \"Unit\") { ofType { ofType { ofType { ofType { fields { type { fields { name } } } } } } } } }");
    }
}
