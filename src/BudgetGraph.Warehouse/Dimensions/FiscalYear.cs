namespace BudgetGraph.Warehouse.Dimensions;

/// <summary>A fiscal year (calendar year in China). The year itself is the key.</summary>
public class FiscalYear
{
    /// <summary>The year, e.g. 2023.</summary>
    public int Year { get; set; }
}
