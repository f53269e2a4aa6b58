using BudgetGraph.Warehouse.Dimensions;

namespace BudgetGraph.GraphSchema.Subjects;

/// <summary>An entry of a code list with its children.</summary>
public sealed record SubjectValue(string Code, string Name, SubjectLevel Level, string? ParentCode)
{
    /// <summary>Children in code order.</summary>
    public List<SubjectValue> Children { get; } = new();

    /// <summary>The entries at <paramref name="level"/> of a code list, each with its children (in code order).</summary>
    public static List<SubjectValue> Tree(List<SubjectValue> all, SubjectLevel level)
    {
        var byCode = all.ToDictionary(x => x.Code);
        foreach (var x in all.OrderBy(x => x.Code, StringComparer.Ordinal))
        {
            if (x.ParentCode is { } p && byCode.TryGetValue(p, out var parent))
            {
                parent.Children.Add(x);
            }
        }
        return all.Where(x => x.Level == level).OrderBy(x => x.Code, StringComparer.Ordinal).ToList();
    }
}
