using BudgetGraph.GraphQL.Language;
using BudgetGraph.GraphQL.Types;
using BudgetGraph.GraphQL.Utilities;

namespace BudgetGraph.GraphQL.Validation.Rules;

/// <summary>
/// 5.3.1 Field Selections — <see href="https://spec.graphql.org/September2025/#sec-Field-Selections"/>:
/// "The target field of a field selection must be defined on the scoped type of the selection set."
/// On an abstract type the message suggests the types that do define the field.
/// </summary>
public sealed class FieldsOnCorrectTypeRule : ValidationVisitor
{
    /// <summary>Creates the rule's visitor.</summary>
    public FieldsOnCorrectTypeRule(ValidationContext context) : base(context)
    {
    }

    /// <inheritdoc />
    public override VisitorAction Enter(Node node)
    {
        if (node is not FieldNode field || Context.ParentType is not { } type || Context.FieldDef is not null)
        {
            return VisitorAction.Continue;
        }
        var fieldName = field.Name.Value;
        var suggestion = Context.HideSuggestions ? "" : Suggestions.DidYouMean(SuggestedTypeNames(type, fieldName), "to use an inline fragment on");
        if (suggestion.Length == 0 && !Context.HideSuggestions)
        {
            suggestion = Suggestions.DidYouMean(SuggestedFieldNames(type, fieldName));
        }
        Report($"Cannot query field \"{fieldName}\" on type \"{type.Name}\"." + suggestion, field);
        return VisitorAction.Continue;
    }

    /// <summary>
    /// For an abstract type: the object types and interfaces below it that define the field, the most used
    /// first, interfaces before the types that implement them, then by name.
    /// </summary>
    private List<string> SuggestedTypeNames(NamedType type, string fieldName)
    {
        var schema = Context.Schema;
        if (!type.IsAbstractType)
        {
            return new List<string>();
        }
        var suggested = new List<ComplexType>();
        var usageCount = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var possible in schema.GetPossibleTypes(type))
        {
            if (possible.GetField(fieldName) is null)
            {
                continue;
            }
            if (!usageCount.ContainsKey(possible.Name))
            {
                suggested.Add(possible);
            }
            usageCount[possible.Name] = 1;
            foreach (var iface in possible.Interfaces)
            {
                if (iface.GetField(fieldName) is null)
                {
                    continue;
                }
                if (!usageCount.TryGetValue(iface.Name, out var count))
                {
                    suggested.Add(iface);
                }
                usageCount[iface.Name] = count + 1;
            }
        }
        int Compare(ComplexType a, ComplexType b)
        {
            var diff = usageCount[b.Name] - usageCount[a.Name];
            if (diff != 0)
            {
                return diff;
            }
            if (a is InterfaceType && schema.IsSubType(a, b))
            {
                return -1;
            }
            if (b is InterfaceType && schema.IsSubType(b, a))
            {
                return 1;
            }
            return Suggestions.NaturalCompare(a.Name, b.Name);
        }
        JsArraySort.Sort(suggested, Compare);
        return suggested.Select(t => t.Name).ToList();
    }

    private static IReadOnlyList<string> SuggestedFieldNames(NamedType type, string fieldName) =>
        type is ComplexType complex ? Suggestions.List(fieldName, complex.Fields.Keys) : Array.Empty<string>();
}
