namespace BudgetGraph.Warehouse.Facts;

/// <summary>What a prior-year statement is about.</summary>
public enum StatementSubject
{
    /// <summary>部门预算收入.</summary>
    TotalIncome,
    /// <summary>部门预算支出.</summary>
    TotalExpenditure,
    /// <summary>A named project or line item ("预算由 12,000 万元减少至 7,000 万元").</summary>
    Project,
    /// <summary>A project category ("较 2022 年预算增加 18,447 万元" in its paragraph of 第三部分).</summary>
    ProjectCategory,
}

/// <summary>
/// A prior-year figure stated in the narrative of a later document, stored as a fact of the earlier
/// year (<see cref="Fact.Year"/>) stated by the later document. Grain: one row per document × statement.
/// When the text gives only the change ("比 2022 年增加 28,709 万元"), the earlier amount is the later
/// amount minus the change and the row is <see cref="Fact.Derived"/>.
/// </summary>
public class PriorYearStatementFact : AmountFact
{
    /// <summary>What the statement is about.</summary>
    public StatementSubject Subject { get; set; }
    /// <summary>The project or item named, or the measure's Chinese name.</summary>
    public required string Label { get; set; }
    /// <summary>The earlier year's amount, yuan.</summary>
    public long AmountYuan { get; set; }
    /// <summary>The later year's amount stated alongside, yuan.</summary>
    public long? LaterAmountYuan { get; set; }
    /// <summary>The stated change (later minus earlier), yuan, when stated.</summary>
    public long? StatedChangeYuan { get; set; }
}
