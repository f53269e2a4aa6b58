using System.Text;
using BudgetGraph.Ingest.Synth;

namespace BudgetGraph.Ingest.Tests;

/// <summary>Values in PostgreSQL COPY's text format, as synth's bulk load writes them.</summary>
public class CopyFormatTests
{
    [Theory]
    [InlineData(null, "\\N")]
    [InlineData(true, "t")]
    [InlineData(false, "f")]
    [InlineData(123456789012L, "123456789012")]
    [InlineData(-7, "-7")]
    [InlineData("表3 支出总表", "表3 支出总表")]
    [InlineData("a\tb\nc\rd\\e", "a\\tb\\nc\\rd\\\\e")]
    [InlineData("\\N", "\\\\N")]
    public void ValuesAreEscapedSoThatNoneEndsTheFieldOrTheRow(object? value, string expected)
    {
        var line = new StringBuilder();
        BulkTable.AppendCopyValue(line, value);
        Assert.Equal(expected, line.ToString());
    }

    [Fact]
    public void AnUnknownTypeIsRefusedByName()
    {
        var error = Assert.Throws<ArgumentException>(() => BulkTable.AppendCopyValue(new StringBuilder(), new object()));
        Assert.Equal("COPY cannot write a value of type Object. (Parameter 'value')", error.Message);
    }
}
