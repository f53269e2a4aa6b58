using BudgetGraph.GraphQL.Language;

namespace BudgetGraph.GraphQL.Validation.Rules;

/// <summary>
/// 5.3.3 Leaf Field Selections — <see href="https://spec.graphql.org/September2025/#sec-Leaf-Field-Selections"/>:
/// "If selectionType is a scalar or enum: the subselection set of that selection must be empty. If
/// selectionType is an interface, union, or object: the subselection set of that selection must NOT BE empty."
/// </summary>
public sealed class ScalarLeafsRule : ValidationVisitor
{
    /// <summary>Creates the rule's visitor.</summary>
    public ScalarLeafsRule(ValidationContext context) : base(context)
    {
    }

    /// <inheritdoc />
    public override VisitorAction Enter(Node node)
    {
        if (node is not FieldNode field || Context.Type is not { } type)
        {
            return VisitorAction.Continue;
        }
        var fieldName = field.Name.Value;
        if (type.NamedType.IsLeafType)
        {
            if (field.SelectionSet is { } selectionSet)
            {
                Report($"Field \"{fieldName}\" must not have a selection since type \"{type}\" has no subfields.", selectionSet);
            }
        }
        else if (field.SelectionSet is null)
        {
            Report($"Field \"{fieldName}\" of type \"{type}\" must have a selection of subfields. Did you mean \"{fieldName} {{ ... }}\"?", field);
        }
        else if (field.SelectionSet.Selections.Count == 0 && !Context.Options.AllowEmptySelectionSets)
        {
            Report($"Field \"{fieldName}\" of type \"{type}\" must have at least one field selected.", field);
        }
        return VisitorAction.Continue;
    }
}
