using System.Globalization;
using BudgetGraph.Api.Budget.Narrative;
using BudgetGraph.Warehouse.Facts;

namespace BudgetGraph.GraphSchema.Tests;

/// <summary>A printed percentage answers with the decimals it was printed with, whatever the provider read back.</summary>
public sealed class NarrativeValueTests
{
    [Theory]
    [InlineData("5.7000", 1, "5.7")]   // PostgreSQL numeric(9,4) gives the scale 4 back
    [InlineData("5.7", 1, "5.7")]      // SQLite gives it back as stored
    [InlineData("-12.5000", 2, "-12.50")] // printed "12.50%": its two decimals are kept
    [InlineData("3.0000", 0, "3")]
    public void A_percentage_keeps_the_decimals_it_was_printed_with(string stored, int printedDecimals, string answered)
    {
        var value = new NarrativeFigureValue(NarrativeFigureKind.Statement, "x", null, null, null, null!)
        {
            Percent = decimal.Parse(stored, CultureInfo.InvariantCulture), PercentDecimals = printedDecimals,
        };
        Assert.Equal(answered, value.Percent!.Value.ToString(CultureInfo.InvariantCulture));
    }
}
