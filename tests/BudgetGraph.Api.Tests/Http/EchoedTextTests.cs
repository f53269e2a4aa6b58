using BudgetGraph.GraphSchema.Errors;
using BudgetGraph.Api.Http;

namespace BudgetGraph.Api.Tests.Http;

/// <summary>The cap on what an error message echoes: quoted parts and words over 100 characters end in "…".</summary>
public sealed class EchoedTextTests
{
    private static readonly string Hundred = new('a', 100);

    [Theory]
    [InlineData("Cannot query field \"x\" on type \"Query\".")]
    [InlineData("A message of more than a hundred characters, made of short words only, stays as it is however long it grows to be.")]
    public void AMessageWithoutLongParts_IsUnchanged(string message) => Assert.Same(message, EchoedText.Cap(message));

    [Fact]
    public void AQuotedPartAtTheLimit_IsKept_OneCharacterMore_IsCut()
    {
        Assert.Equal($"Field \"{Hundred}\" is unknown.", EchoedText.Cap($"Field \"{Hundred}\" is unknown."));
        Assert.Equal($"Field \"{Hundred}…\" is unknown.", EchoedText.Cap($"Field \"{Hundred}b\" is unknown."));
    }

    [Fact]
    public void APartBetweenBackticks_IsCutLikeAQuotedOne()
    {
        // HotChocolate's validation messages quote names between backticks.
        Assert.Equal($"The field `{Hundred}` does not exist on the type `Query`.", EchoedText.Cap($"The field `{Hundred}` does not exist on the type `Query`."));
        Assert.Equal($"The field `{Hundred}…` does not exist on the type `Query`.", EchoedText.Cap($"The field `{Hundred}b` does not exist on the type `Query`."));
    }

    [Fact]
    public void AQuotedPartWithSpacesAndEscapedQuotes_IsCutAsOnePart()
    {
        var value = "a \\\"b\\\" " + new string('c', 200);

        Assert.Equal($"Value \"{value[..100]}…\" is not an id.", EchoedText.Cap($"Value \"{value}\" is not an id."));
    }

    [Fact]
    public void EveryLongPart_IsCut_AndAnUnquotedWordToo()
    {
        var digits = new string('9', 150);

        Assert.Equal($"Int cannot represent non-integer value: {digits[..100]}…", EchoedText.Cap($"Int cannot represent non-integer value: {digits}"));
        Assert.Equal($"Codes \"{Hundred}…\", \"{Hundred}…\".", EchoedText.Cap($"Codes \"{Hundred}x\", \"{Hundred}yy\"."));
    }

    [Fact]
    public void ACut_NeverSplitsASurrogatePair()
    {
        var name = new string('a', 99) + "😀" + "tail";

        Assert.Equal($"\"{new string('a', 99)}…\"", EchoedText.Cap($"\"{name}\""));
    }
}
