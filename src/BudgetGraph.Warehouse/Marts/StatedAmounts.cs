namespace BudgetGraph.Warehouse.Marts;

/// <summary>
/// The one rule deciding when statements of one document about one thing's figure of one earlier year conflict:
/// they are about the same thing when they share the document, the subject, the conformed label
/// (<see cref="ConformedLabels"/>) and the earlier year, and they conflict when any two state a different earlier
/// amount, later amount or change (a statement that leaves one out does not disagree about it). Both the schema
/// (<c>statementConflicts</c>, year over year's <c>conflicts</c>) and <c>budgetgraph check</c> use it; neither picks one.
/// </summary>
public static class StatedAmounts
{
    /// <summary>True when the statements (earlier amount, later amount, change; yuan) disagree.</summary>
    public static bool Disagree(IEnumerable<(long? Earlier, long? Later, long? Change)> statements)
    {
        var all = statements.ToList();
        static bool Differ(IEnumerable<long?> values) => values.OfType<long>().Distinct().Count() > 1;
        return Differ(all.Select(s => s.Earlier)) || Differ(all.Select(s => s.Later)) || Differ(all.Select(s => s.Change));
    }
}
