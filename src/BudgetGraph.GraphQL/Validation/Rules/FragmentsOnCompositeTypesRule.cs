using BudgetGraph.GraphQL.Language;

namespace BudgetGraph.GraphQL.Validation.Rules;

/// <summary>
/// 5.5.1.3 Fragments on Object, Interface or Union Types — <see href="https://spec.graphql.org/September2025/#sec-Fragments-on-Object-Interface-or-Union-Types"/>:
/// "For each fragment defined in the document: the target type of fragment must have kind UNION,
/// INTERFACE, or OBJECT."
/// </summary>
public sealed class FragmentsOnCompositeTypesRule : ValidationVisitor
{
    /// <summary>Creates the rule's visitor.</summary>
    public FragmentsOnCompositeTypesRule(ValidationContext context) : base(context)
    {
    }

    /// <inheritdoc />
    public override VisitorAction Enter(Node node)
    {
        switch (node)
        {
            case InlineFragmentNode { TypeCondition: { } condition }:
                if (Context.Schema.GetType(condition.Name.Value) is { IsCompositeType: false })
                {
                    Report($"Fragment cannot condition on non composite type \"{condition.Name.Value}\".", condition);
                }
                break;
            case FragmentDefinitionNode fragment:
                if (Context.Schema.GetType(fragment.TypeCondition.Name.Value) is { IsCompositeType: false })
                {
                    Report($"Fragment \"{fragment.Name.Value}\" cannot condition on non composite type \"{fragment.TypeCondition.Name.Value}\".", fragment.TypeCondition);
                }
                break;
        }
        return VisitorAction.Continue;
    }
}
