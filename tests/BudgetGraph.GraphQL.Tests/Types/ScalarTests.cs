using System.Text.Json;
using BudgetGraph.GraphQL.Language;
using BudgetGraph.GraphQL.Types;

namespace BudgetGraph.GraphQL.Tests.Types;

public class ScalarTests
{
    private static string SerializeError(ScalarType type, object? value) =>
        Assert.Throws<GraphQLException>(() => type.Serialize(value)).Message;

    private static string ParseValueError(ScalarType type, object? value) =>
        Assert.Throws<GraphQLException>(() => type.ParseValue(value)).Message;

    private static string ParseLiteralError(ScalarType type, string literal) =>
        Assert.Throws<GraphQLException>(() => type.ParseLiteral(Parser.ParseValue(literal))).Message;

    [Fact]
    public void IntResultCoercion()
    {
        Assert.Equal(1, Scalars.Int.Serialize(1L));
        Assert.Equal(3, Scalars.Int.Serialize(3.0));
        Assert.Equal(1, Scalars.Int.Serialize(true));
        Assert.Equal(12, Scalars.Int.Serialize("12"));
        Assert.Equal(-2147483648, Scalars.Int.Serialize(-2147483648L));
        Assert.Equal("Int cannot represent non-integer value: 1.5", SerializeError(Scalars.Int, 1.5));
        Assert.Equal("Int cannot represent non 32-bit signed integer value: 2147483648", SerializeError(Scalars.Int, 2147483648L));
        Assert.Equal("Int cannot represent non-integer value: \"1.5\"", SerializeError(Scalars.Int, "1.5"));
        Assert.Equal("Int cannot represent non-integer value: \"\"", SerializeError(Scalars.Int, ""));
        Assert.Equal("Int cannot represent non-integer value: NaN", SerializeError(Scalars.Int, double.NaN));
    }

    [Fact]
    public void IntInputCoercion()
    {
        Assert.Equal(7, Scalars.Int.ParseValue(7L));
        Assert.Equal(7, Scalars.Int.ParseValue(7.0m));
        Assert.Equal("Int cannot represent non-integer value: \"7\"", ParseValueError(Scalars.Int, "7"));
        Assert.Equal("Int cannot represent non-integer value: true", ParseValueError(Scalars.Int, true));
        Assert.Equal("Int cannot represent non-integer value: 1.5", ParseValueError(Scalars.Int, 1.5m));
        Assert.Equal("Int cannot represent non 32-bit signed integer value: 1e+21", ParseValueError(Scalars.Int, 1e21));
        Assert.Equal("Int cannot represent non 32-bit signed integer value: 1e+21", ParseValueError(Scalars.Int, 1e21m));
        Assert.Equal("Int cannot represent non-integer value: 1e-7", ParseValueError(Scalars.Int, 0.0000001m));
        Assert.Equal(-5, Scalars.Int.ParseLiteral(Parser.ParseValue("-5")));
        Assert.Equal("Int cannot represent non 32-bit signed integer value: 2147483648", ParseLiteralError(Scalars.Int, "2147483648"));
        Assert.Equal("Int cannot represent non-integer value: 1.0", ParseLiteralError(Scalars.Int, "1.0"));
        Assert.Equal("Int cannot represent non-integer value: \"1\"", ParseLiteralError(Scalars.Int, "\"1\""));
    }

    [Fact]
    public void FloatIsFinite()
    {
        Assert.Equal(1.5, Scalars.Float.Serialize(1.5m));
        Assert.Equal(3.25, Scalars.Float.Serialize("3.25"));
        Assert.Equal(1d, Scalars.Float.Serialize(true));
        Assert.Equal("Float cannot represent non numeric value: Infinity", SerializeError(Scalars.Float, double.PositiveInfinity));
        Assert.Equal("Float cannot represent non numeric value: \"abc\"", SerializeError(Scalars.Float, "abc"));
        Assert.Equal("Float cannot represent non numeric value: \"1\"", ParseValueError(Scalars.Float, "1"));
        Assert.Equal(2d, Scalars.Float.ParseLiteral(Parser.ParseValue("2")));
        Assert.Equal(1e3, Scalars.Float.ParseLiteral(Parser.ParseValue("1e3")));
        Assert.Equal("Float cannot represent non numeric value: true", ParseLiteralError(Scalars.Float, "true"));
    }

    [Fact]
    public void StringBooleanAndId()
    {
        Assert.Equal("true", Scalars.String.Serialize(true));
        Assert.Equal("42", Scalars.String.Serialize(42));
        Assert.Equal("1.5", Scalars.String.Serialize(1.5));
        Assert.Equal("String cannot represent value: { a: 1 }", SerializeError(Scalars.String, new Dictionary<string, object?> { ["a"] = 1 }));
        Assert.Equal("String cannot represent a non string value: 1", ParseValueError(Scalars.String, 1L));
        Assert.Equal("String cannot represent a non string value: ENUM", ParseLiteralError(Scalars.String, "ENUM"));
        Assert.Equal(false, Scalars.Boolean.Serialize(0));
        Assert.Equal("Boolean cannot represent a non boolean value: \"yes\"", SerializeError(Scalars.Boolean, "yes"));
        Assert.Equal("Boolean cannot represent a non boolean value: 1", ParseValueError(Scalars.Boolean, 1L));
        Assert.Equal("123", Scalars.ID.Serialize(123));
        Assert.Equal("ID cannot represent value: 1.5", SerializeError(Scalars.ID, 1.5));
        Assert.Equal("ID cannot represent value: true", ParseValueError(Scalars.ID, true));
        Assert.Equal("4", Scalars.ID.ParseLiteral(Parser.ParseValue("4")));
        Assert.Equal("ID cannot represent a non-string and non-integer value: 1.5", ParseLiteralError(Scalars.ID, "1.5"));
    }

    [Fact]
    public void DecimalIsExactInAndOut()
    {
        Assert.Equal(44972.11m, Scalars.Decimal.ParseLiteral(Parser.ParseValue("44972.11")));
        Assert.Equal(0.1m, Scalars.Decimal.ParseValue(JsonDocument.Parse("0.1").RootElement));
        Assert.Equal(12345678901234567890.12m, Scalars.Decimal.ParseValue(BudgetGraph.GraphQL.Utilities.JsonValues.ToClr(JsonDocument.Parse("12345678901234567890.12").RootElement)));
        Assert.Equal(44972.11m, Scalars.Decimal.Serialize(44972.11m));
        Assert.Equal("Decimal cannot represent a non-numeric value: true", ParseLiteralError(Scalars.Decimal, "true"));
        Assert.Equal("https://www.rfc-editor.org/rfc/rfc8259#section-6", Scalars.Decimal.SpecifiedByUrl);
    }

    [Fact]
    public async Task DecimalsAreWrittenWithAllTheirDigits()
    {
        var schema = new SchemaBuilder()
            .Query(q => q
                .Field("amount", "Decimal!", (_, _) => 44972.11m)
                .Field("big", "Decimal!", (_, _) => 79228162514264337593543950335m)
                .Field("echo", "Decimal", (_, ctx) => ctx.Argument<decimal?>("v"), f => f.Argument("v", "Decimal")))
            .Build();
        Harness.AssertJson("""{"data":{"amount":44972.11,"big":79228162514264337593543950335,"echo":1234567.891}}""",
            await Harness.RunAsync(schema, "{ amount big echo(v: 1234567.891) }"));
        Harness.AssertJson("""{"data":{"echo":0.30000000000000000001}}""",
            await Harness.RunAsync(schema, "query ($v: Decimal) { echo(v: $v) }", variablesJson: """{"v":0.30000000000000000001}"""));
    }

    [Fact]
    public void EnumsSerializeInternalValuesAndSuggestNames()
    {
        var type = new EnumType("Color").AddValue(new EnumValue("RED", 1)).AddValue(new EnumValue("GREEN", 2));
        Assert.Equal("GREEN", type.Serialize(2));
        Assert.Equal("Enum \"Color\" cannot represent value: 3", Assert.Throws<GraphQLException>(() => type.Serialize(3)).Message);
        Assert.Equal(1, type.ParseValue("RED"));
        Assert.Equal("Value \"REDD\" does not exist in \"Color\" enum. Did you mean the enum value \"RED\"?",
            Assert.Throws<GraphQLException>(() => type.ParseValue("REDD")).Message);
        Assert.Equal("Enum \"Color\" cannot represent non-enum value: \"RED\". Did you mean the enum value \"RED\" or \"GREEN\"?",
            Assert.Throws<GraphQLException>(() => type.ParseLiteral(Parser.ParseValue("\"RED\""))).Message);
    }
}
