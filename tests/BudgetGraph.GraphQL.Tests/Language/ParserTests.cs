using BudgetGraph.GraphQL.Language;

namespace BudgetGraph.GraphQL.Tests.Language;

public class ParserTests
{
    private static GraphQLError SyntaxErrorOf(string text, ParserOptions? options = null)
    {
        var ex = Assert.Throws<GraphQLErrorException>(() => Parser.Parse(text, options));
        return Assert.Single(ex.Errors);
    }

    // Expected messages and locations are graphql-js 17.1's for the same input.
    [Theory]
    [InlineData("{", "Syntax Error: Expected Name, found <EOF>.", 1, 2)]
    [InlineData("{ a", "Syntax Error: Expected Name, found <EOF>.", 1, 4)]
    [InlineData("query", "Syntax Error: Expected \"{\", found <EOF>.", 1, 6)]
    [InlineData("{ ...on }", "Syntax Error: Expected Name, found \"}\".", 1, 9)]
    [InlineData("fragment on on T { a }", "Syntax Error: Unexpected Name \"on\".", 1, 10)]
    [InlineData("{ a(b: $) }", "Syntax Error: Expected Name, found \")\".", 1, 9)]
    [InlineData("query Q($a: Int = $b) { a }", "Syntax Error: Unexpected variable \"$b\" in constant value.", 1, 19)]
    [InlineData("\"desc\" { a }", "Syntax Error: Unexpected description, descriptions are not supported on shorthand queries.", 1, 1)]
    [InlineData("\"desc\" extend type A @d", "Syntax Error: Unexpected description, only GraphQL definitions support descriptions.", 1, 1)]
    [InlineData("{ a: }", "Syntax Error: Expected Name, found \"}\".", 1, 6)]
    [InlineData("\"\"\"", "Syntax Error: Unterminated string.", 1, 4)]
    [InlineData("\"abc", "Syntax Error: Unterminated string.", 1, 5)]
    [InlineData("\"\\x\"", "Syntax Error: Invalid character escape sequence: \"\\x\".", 1, 2)]
    [InlineData("\"\\u12G4\"", "Syntax Error: Invalid Unicode escape sequence: \"\\u12G4\".", 1, 2)]
    [InlineData("\"\\uD800\"", "Syntax Error: Invalid Unicode escape sequence: \"\\uD800\".", 1, 2)]
    [InlineData("\"\\u{110000}\"", "Syntax Error: Invalid Unicode escape sequence: \"\\u{110000}\".", 1, 2)]
    [InlineData("01", "Syntax Error: Invalid number, unexpected digit after 0: \"1\".", 1, 2)]
    [InlineData("1.", "Syntax Error: Invalid number, expected digit but got: <EOF>.", 1, 3)]
    [InlineData("1e", "Syntax Error: Invalid number, expected digit but got: <EOF>.", 1, 3)]
    [InlineData(".5", "Syntax Error: Invalid number, expected digit before \".\", did you mean \"0.5\"?", 1, 1)]
    [InlineData("..", "Syntax Error: Unexpected \"..\", did you mean \"...\"?", 1, 1)]
    [InlineData("{ a }\n?", "Syntax Error: Unexpected character: \"?\".", 2, 1)]
    [InlineData("\u0007", "Syntax Error: Unexpected character: U+0007.", 1, 1)]
    [InlineData("'a'", "Syntax Error: Unexpected single quote character ('), did you mean to use a double quote (\")?", 1, 1)]
    [InlineData("enum E { true }", "Syntax Error: Name \"true\" is reserved and cannot be used for an enum value.", 1, 10)]
    [InlineData("extend type A", "Syntax Error: Unexpected <EOF>.", 1, 14)]
    [InlineData("type A {}", "Syntax Error: Expected Name, found \"}\".", 1, 9)]
    [InlineData("{ a(x: 1.2.3) }", "Syntax Error: Invalid number, expected digit but got: \".\".", 1, 11)]
    [InlineData("directive @d on FOO", "Syntax Error: Unexpected Name \"FOO\".", 1, 17)]
    [InlineData("schema { query Q }", "Syntax Error: Expected \":\", found Name \"Q\".", 1, 16)]
    [InlineData("{ a(b: 1e) }", "Syntax Error: Invalid number, expected digit but got: \")\".", 1, 10)]
    [InlineData("1a", "Syntax Error: Invalid number, expected digit but got: \"a\".", 1, 2)]
    [InlineData("\"\\uD83D\\uDE00\"", "Syntax Error: Unexpected <EOF>.", 1, 15)]
    [InlineData("query { a } extend", "Syntax Error: Unexpected <EOF>.", 1, 19)]
    [InlineData("{ ... }", "Syntax Error: Expected \"{\", found \"}\".", 1, 7)]
    [InlineData("{ a @ }", "Syntax Error: Expected Name, found \"}\".", 1, 7)]
    [InlineData("", "Syntax Error: Unexpected <EOF>.", 1, 1)]
    [InlineData("\r\n\r\n  }", "Syntax Error: Unexpected \"}\".", 3, 3)]
    public void SyntaxErrorsMatchGraphQLJs(string text, string message, int line, int column)
    {
        var error = SyntaxErrorOf(text);
        Assert.Equal(message, error.Message);
        Assert.Equal(new SourceLocation(line, column), Assert.Single(error.Locations!));
    }

    [Theory]
    [InlineData("union U = | A | B")]
    [InlineData("type T implements & A & B { a: Int }")]
    [InlineData("input I { a: [Int!]! = [1] }")]
    [InlineData("{ a(x: {b: $c}) }")]
    [InlineData("query ($v: [Int!]! @d) { a }")]
    [InlineData("\"op description\" query Q { a }")]
    [InlineData("extend schema @d")]
    [InlineData("directive @d(a: Int = 1) repeatable on FIELD | QUERY")]
    [InlineData("{}")]
    public void ValidDocumentsParse(string text) => Assert.NotEmpty(Parser.Parse(text).Definitions);

    [Fact]
    public void StringEscapesIncludingSurrogatePairsAndBracedCodePoints()
    {
        var value = (StringValueNode)Parser.ParseValue("\"a\\n\\t\\\"\\\\\\/\\b\\f\\r\\u00e9\\uD83D\\uDE00\\u{1F600}\\u{41}\"");
        Assert.Equal("a\n\t\"\\/\b\f\r\u00e9\U0001F600\U0001F600A", value.Value);
        Assert.False(value.Block);
    }

    [Fact]
    public void BlockStringsAreDedentedAndKeepEscapedTripleQuotes()
    {
        var value = (StringValueNode)Parser.ParseValue("\"\"\"\n\n    Hello,\n      World!\n\n    Yours, \\\"\"\" \n  \"\"\"");
        Assert.Equal("Hello,\n  World!\n\nYours, \"\"\" ", value.Value);
        Assert.True(value.Block);
    }

    [Fact]
    public void LocationsTrackLinesAcrossBlockStrings()
    {
        var doc = Parser.Parse("\"\"\"\nline\r\nline\n\"\"\"\ntype A {\n  b: Int\n}");
        var type = (ObjectTypeDefinitionNode)doc.Definitions[0];
        Assert.Equal(new SourceLocation(1, 1), type.Location.StartLocation);
        Assert.Equal(new SourceLocation(6, 3), type.Fields[0].Location.StartLocation);
        Assert.Equal(0, type.Location.Start);
    }

    [Fact]
    public void HundredThousandOpeningBracesGiveACleanError()
    {
        var error = SyntaxErrorOf(new string('{', 100_000));
        Assert.Equal("Syntax Error: Expected Name, found \"{\".", error.Message);
        Assert.Equal(new SourceLocation(1, 2), error.Locations![0]);
    }

    [Fact]
    public void HundredThousandNestedSelectionSetsGiveACleanError()
    {
        var text = string.Concat(Enumerable.Repeat("{a", 100_000)) + new string('}', 100_000);
        var error = SyntaxErrorOf(text);
        Assert.Equal("Syntax Error: Document contains more than 200 levels of nesting. Parsing aborted.", error.Message);
        Assert.Equal(new SourceLocation(1, 401), error.Locations![0]);
        Assert.Equal(ParseLimit.Depth, error.ExceededLimit);
    }

    [Fact]
    public void DeeplyNestedListValuesAndTypesAreLimitedToo()
    {
        Assert.Contains("levels of nesting", SyntaxErrorOf("{ a(x: " + new string('[', 50_000) + ") }").Message);
        Assert.Contains("levels of nesting", SyntaxErrorOf("query ($a: " + new string('[', 50_000) + "Int) { a }").Message);
        Assert.Contains("levels of nesting", SyntaxErrorOf("{ a(x: " + string.Concat(Enumerable.Repeat("{a:", 50_000)) + ") }").Message);
    }

    [Fact]
    public void TokenLimitIsASyntaxError()
    {
        // About a megabyte of tokens.
        var text = "{ " + string.Concat(Enumerable.Repeat("a ", 500_000)) + "}";
        var error = SyntaxErrorOf(text);
        Assert.Equal("Syntax Error: Document contains more than 15000 tokens. Parsing aborted.", error.Message);
        Assert.Equal(new SourceLocation(1, 3 + 2 * 14999), error.Locations![0]);
        Assert.Equal(ParseLimit.Tokens, error.ExceededLimit);
    }

    [Fact]
    public void OnlyLimitErrorsNameALimit()
    {
        Assert.Null(SyntaxErrorOf(new string('{', 100)).ExceededLimit);
        // A document that merely talks about a limit is a mistake, not a limit.
        Assert.Null(SyntaxErrorOf("{ a(x: \"Document contains more than 5 tokens. Parsing aborted.\" }").ExceededLimit);
    }

    [Fact]
    public void LimitsAreConfigurable()
    {
        var options = new ParserOptions { MaxTokens = 3, MaxDepth = 1 };
        Assert.Equal("Syntax Error: Document contains more than 3 tokens. Parsing aborted.", SyntaxErrorOf("{ a b c }", options).Message);
        Assert.Equal("Syntax Error: Document contains more than 1 levels of nesting. Parsing aborted.",
            SyntaxErrorOf("{ a { b } }", new ParserOptions { MaxDepth = 1 }).Message);
        Assert.NotNull(Parser.Parse(string.Concat(Enumerable.Repeat("{ a } ", 10_000)), new ParserOptions { MaxTokens = null }));
    }

    [Fact]
    public void EmptySelectionSetsCanBeDisallowed()
    {
        Assert.Equal("Syntax Error: Expected Name, found \"}\".",
            SyntaxErrorOf("{}", new ParserOptions { AllowEmptySelectionSets = false }).Message);
    }

    [Fact]
    public void FieldsKeepAliasesArgumentsAndDirectives()
    {
        var doc = Parser.Parse("query Q($id: ID! = \"1\" @x) @op { me: user(id: $id) @include(if: true) { ...F ... on User { name } } } fragment F on User { id }");
        var op = (OperationDefinitionNode)doc.Definitions[0];
        Assert.Equal(OperationType.Query, op.Operation);
        Assert.Equal("Q", op.Name!.Value);
        var varDef = Assert.Single(op.VariableDefinitions);
        Assert.Equal("ID!", Printer.Print(varDef.Type));
        Assert.Equal("\"1\"", Printer.Print(varDef.DefaultValue!));
        var field = (FieldNode)Assert.Single(op.SelectionSet.Selections);
        Assert.Equal("me", field.ResponseKey);
        Assert.Equal("user", field.Name.Value);
        Assert.Equal("include", Assert.Single(field.Directives).Name.Value);
        Assert.IsType<FragmentSpreadNode>(field.SelectionSet!.Selections[0]);
        Assert.IsType<InlineFragmentNode>(field.SelectionSet.Selections[1]);
    }
}
