using BudgetGraph.Api.Budget.Schema;
using BudgetGraph.GraphQL.Types;
using static BudgetGraph.Api.Budget.Schema.Gql;

namespace BudgetGraph.Api.Budget.Filtering;

/// <summary>
/// The GraphQL input types of filtering and sorting, in HotChocolate's names and shapes:
/// <c>XFilterInput { and or &lt;field&gt;: &lt;Type&gt;OperationFilterInput }</c> and <c>XSortInput { &lt;field&gt;: SortEnumType }</c>.
/// </summary>
internal static class FilterInputs
{
    /// <summary>Creates the shared operation inputs (String, Int, Decimal).</summary>
    public static void CreateShared(BudgetTypes t)
    {
        var s = t.StringOps;
        s.Input("and", InputList(s), "All of these conditions.").Input("or", InputList(s), "Any of these conditions.")
            .Input("eq", Scalars.String, "Equal to.").Input("neq", Scalars.String, "Not equal to.")
            .Input("in", InputList(Scalars.String), "One of.").Input("nin", InputList(Scalars.String), "None of.")
            .Input("contains", Scalars.String, "Contains the text (case-sensitive, as stored).")
            .Input("startsWith", Scalars.String, "Starts with the text.").Input("endsWith", Scalars.String, "Ends with the text.");
        Comparable(t.IntOps, Scalars.Int, "");
        Comparable(t.DecimalOps, t.Decimal, " Amounts are in the field's `unit` argument (万元 by default) and compared exactly.");
    }

    private static void Comparable(InputObjectType type, ScalarType scalar, string note)
    {
        type.Description = $"Conditions on a {scalar.Name} value.{note}";
        type.Input("and", InputList(type), "All of these conditions.").Input("or", InputList(type), "Any of these conditions.")
            .Input("eq", scalar, "Equal to.").Input("neq", scalar, "Not equal to.")
            .Input("in", InputList(scalar), "One of.").Input("nin", InputList(scalar), "None of.")
            .Input("gt", scalar, "Greater than.").Input("gte", scalar, "Greater than or equal to.")
            .Input("lt", scalar, "Less than.").Input("lte", scalar, "Less than or equal to.");
    }

    /// <summary>The operation input of an enum (created once per enum).</summary>
    public static InputObjectType EnumOps(BudgetTypes t, EnumType e)
    {
        var name = e.Name + "OperationFilterInput";
        if (t.EnumOps.TryGetValue(name, out var existing))
        {
            return existing;
        }
        var type = new InputObjectType(name) { Description = $"Conditions on a {e.Name} value." };
        type.Input("eq", e, "Equal to.").Input("neq", e, "Not equal to.")
            .Input("in", InputList(e), "One of.").Input("nin", InputList(e), "None of.");
        t.EnumOps[name] = type;
        return type;
    }

    /// <summary>Fills <c>XFilterInput</c> from the translator's fields.</summary>
    public static InputObjectType Filter(BudgetTypes t, InputObjectType type, IReadOnlyList<FilterField> fields, string description)
    {
        type.Description = description;
        type.Input("and", InputList(type), "All of these conditions.").Input("or", InputList(type), "Any of these conditions.");
        foreach (var f in fields)
        {
            var ops = f.Kind switch
            {
                FilterKind.String => t.StringOps,
                FilterKind.Int => t.IntOps,
                FilterKind.Amount => t.DecimalOps,
                _ => EnumOps(t, (EnumType)f.Enum!),
            };
            type.Input(f.Name, ops, f.Description);
        }
        return type;
    }

    /// <summary>Fills <c>XSortInput</c>: one optional direction per field (give one field per list item).</summary>
    public static InputObjectType Sort(BudgetTypes t, InputObjectType type, IReadOnlyList<FilterField> fields, string description)
    {
        type.Description = description;
        foreach (var f in fields)
        {
            type.Input(f.Name, t.SortEnumType, f.Description);
        }
        return type;
    }
}
