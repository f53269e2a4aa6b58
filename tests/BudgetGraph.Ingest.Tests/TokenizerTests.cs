using BudgetGraph.Ingest.Staging;
using BudgetGraph.Ingest.Text;

namespace BudgetGraph.Ingest.Tests;

public class TokenizerTests
{
    [Theory]
    [InlineData("492. 42", 492.42, 2)]          // 003: stray space after the decimal point
    [InlineData("36, 202. 77", 36_202.77, 2)]   // 003: stray spaces after both separators
    [InlineData("40, 980, 57", 40_980.57, 2)]   // 003's flattened table: decimal comma
    [InlineData("94,294", 94_294, 0)]
    [InlineData("-1.5", -1.5, 1)]               // 004's 三公 change row
    [InlineData("0. 00", 0, 2)]
    public void PrintedNumbersParseExactly(string printed, double expected, int decimals)
    {
        var token = Assert.Single(Tokenizer.Tokenize(printed));
        Assert.Equal(new Amount((decimal)expected, decimals), token.Number);
    }

    [Fact]
    public void AmountsGluedToEachOtherAndToTextAreSplit()
    {
        // 003 line 387: "0.000.000.00理局(本级)".
        var tokens = Tokenizer.Tokenize("0.000.000.00理局(本级)");
        Assert.Equal(["0.00", "0.00", "0.00", "理局(本级)"], tokens.Select(t => t.Text));
        Assert.Equal([true, true, true, false], tokens.Select(t => t.IsNumber));
    }

    [Theory]
    [InlineData("1.一般公共预算拨款")]
    [InlineData("1.")]
    [InlineData("144၁0")] // a non-ASCII digit is text, not part of an amount
    public void OrdinalsAndForeignDigitsAreNotAmounts(string word) =>
        Assert.DoesNotContain(Tokenizer.Tokenize(word), t => t.IsNumber && t.Text.Length == word.Length);

    [Fact]
    public void NamesNormalizeAcrossPrintings() =>
        Assert.Equal(Names.Normalize("政府办公厅（室）及相关机构事务"), Names.Normalize("政府办公厅(室)及相关机 构事务"));

    [Fact]
    public void MutatedDocumentsAreStagedOrRefusedNeverCrash()
    {
        // Deterministic mutations (cut, drop lines, replace a character, insert junk, change digits) of every
        // source: staging either succeeds or refuses with ImportRefusedException; nothing else escapes.
        var random = new Random(20261124);
        foreach (var path in Sources.All)
        {
            var original = File.ReadAllLines(path);
            for (var n = 0; n < 40; n++)
            {
                var lines = original.ToList();
                switch (n % 5)
                {
                    case 0: lines = lines.Take(random.Next(lines.Count)).ToList(); break;
                    case 1: for (var k = 0; k < 5; k++) lines.RemoveAt(random.Next(lines.Count)); break;
                    case 2:
                        var i = random.Next(lines.Count);
                        if (lines[i].Length > 1) lines[i] = lines[i][..^1] + (char)random.Next(32, 0x9fff);
                        break;
                    case 3: lines.Insert(random.Next(lines.Count), "junk 12 34 ,,, 表 3 支出总表 " + random.Next()); break;
                    default:
                        for (var k = 0; k < 20; k++)
                        {
                            var j = random.Next(lines.Count);
                            lines[j] = new string(lines[j].Select(c => char.IsAsciiDigit(c) && random.Next(4) == 0 ? (char)('0' + random.Next(10)) : c).ToArray());
                        }
                        break;
                }
                var bytes = System.Text.Encoding.UTF8.GetBytes(string.Join('\n', lines));
                try
                {
                    DocumentStager.Stage("mutated.txt", bytes);
                }
                catch (ImportRefusedException e)
                {
                    Assert.StartsWith("mutated.txt: line ", e.Message);
                }
            }
        }
    }
}
