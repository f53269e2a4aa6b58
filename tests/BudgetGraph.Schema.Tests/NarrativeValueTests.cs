using System.Globalization;
using BudgetGraph.GraphSchema.Narrative;
using BudgetGraph.Warehouse.Facts;

namespace BudgetGraph.GraphSchema.Tests;

/// <summary>A printed percentage is stored as an integer and answers with the decimals it was printed with.</summary>
public sealed class NarrativeValueTests
{
    [Theory]
    [InlineData(57_000, 1, "5.7")]
    [InlineData(-125_000, 2, "-12.50")] // printed "12.50%": its two decimals are kept
    [InlineData(30_000, 0, "3")]
    [InlineData(12_345, null, "1.2345")] // printed decimals unknown: all four stored
    public void A_percentage_answers_with_the_decimals_it_was_printed_with(int tenThousandths, int? printedDecimals, string answered)
    {
        var value = new NarrativeFigureValue(NarrativeFigureKind.Statement, "x", null, null, null, null!)
        {
            PercentTenThousandths = tenThousandths, PercentDecimals = printedDecimals,
        };
        Assert.Equal(answered, value.Percent!.Value.ToString(CultureInfo.InvariantCulture));
    }

    [Fact]
    public void A_percentage_is_stored_exactly_or_refused()
    {
        var fact = new NarrativeFigureFact { SourceTable = "t", Label = "x", Percent = -6.6m };
        Assert.Equal(-66_000, fact.PercentTenThousandths);
        var refused = Assert.Throws<ArgumentOutOfRangeException>(() => new NarrativeFigureFact { SourceTable = "t", Label = "x", Percent = 1.23456m });
        Assert.StartsWith("A percentage is stored to four decimals; this one has more.", refused.Message);
    }
}
