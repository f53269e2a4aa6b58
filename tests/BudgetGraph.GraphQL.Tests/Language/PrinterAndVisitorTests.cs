using BudgetGraph.GraphQL.Language;
using BudgetGraph.GraphQL.Tests.CrossCheck;
using Xunit.Abstractions;

namespace BudgetGraph.GraphQL.Tests.Language;

public class PrinterAndVisitorTests(ITestOutputHelper output)
{
    private static readonly string[] Documents =
    {
        "query Q($a: Int = 1, $b: [String!]! @dir) @op { alias: field(arg: $a, obj: {x: [1, 2.5, \"s\", ENUM, null, true]}) @include(if: true) { ...Frag ... on T { x } ... @skip(if: false) { y } } }\nfragment Frag on T @f { z }",
        "{ a(veryLongArgumentNumberOne: \"aaaaaaaaaaaaaaaaaaaa\", veryLongArgumentNumberTwo: \"bbbbbbbbbbbbbbbbbbbbbbbbbbbbb\") }",
        "mutation { m(list: [\"aaaaaaaaaaaaaaaaaaaaaaaaa\", \"bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb\", \"cccccccccccccccccccccccccccc\"]) }",
        "subscription S { s }",
        "\"\"\"op doc\"\"\" query Described(\"var doc\" $v: Int) { a(s: \"\"\"block\n  string\"\"\") }",
        "query { a(s: \"esc \\\" \\\\ \\n \\u0001 \\u007F\") }",
        "\"desc\" schema @d { query: Q mutation: M }\nextend schema @e\n\"\"\"scalar doc\"\"\" scalar S @specifiedBy(url: \"u\")\nextend scalar S @x\ntype T implements A & B @d { \"f\" f(\"a\" a: Int = 1 @deprecated): [T!]! @deprecated(reason: \"r\") g: Int }\nextend type T implements C { h: Int }\ninterface I implements J { i: Int }\nextend interface I @d\nunion U @d = A | B\nextend union U = C\nenum E { A @deprecated B }\nextend enum E { C }\ninput In @oneOf { a: Int = 1, b: [In] }\nextend input In { c: Int }\ndirective @dir(a: Int, b: String = \"x\") repeatable on FIELD | QUERY",
        "type Q { f(a: Int, \"described\" b: Int): Int }",
        "{ a(o: {}) b(l: []) }",
    };

    [Fact]
    public void PrintingMatchesGraphQLJsPrint()
    {
        if (!JsOracle.IsAvailable(out var reason))
        {
            output.WriteLine($"Skipped: {reason}.");
            return;
        }
        var expected = JsOracle.Run(new { mode = "printDocuments", documents = Documents }).AsArray();
        for (var i = 0; i < Documents.Length; i++)
        {
            Assert.Equal(expected[i]!.GetValue<string>(), Printer.Print(Parser.Parse(Documents[i])));
        }
    }

    [Fact]
    public void PrintingRoundTrips()
    {
        foreach (var text in Documents)
        {
            var printed = Printer.Print(Parser.Parse(text));
            Assert.Equal(printed, Printer.Print(Parser.Parse(printed)));
        }
    }

    [Fact]
    public void BlockStringPrinting()
    {
        Assert.Equal("\"\"\"simple\"\"\"", BlockString.Print("simple"));
        Assert.Equal("\"\"\"\nline1\nline2\n\"\"\"", BlockString.Print("line1\nline2"));
        Assert.Equal("\"\"\"\nends with quote\"\n\"\"\"", BlockString.Print("ends with quote\""));
        Assert.Equal("\"\"\" leading space\"\"\"", BlockString.Print(" leading space"));
        Assert.Equal("\"\"\"contains \\\"\"\" triple\"\"\"", BlockString.Print("contains \"\"\" triple"));
        Assert.False(BlockString.IsPrintable("\n leading blank line"));
        Assert.True(BlockString.IsPrintable("plain text"));
    }

    private sealed class Recorder : AstVisitor
    {
        public List<string> Events { get; } = new();

        public override VisitorAction Enter(Node node)
        {
            Events.Add("enter " + node.Kind + (node is NameNode n ? " " + n.Value : "") + " parent=" + Parent?.Kind);
            return node is FieldNode { Name.Value: "skipped" } ? VisitorAction.Skip : VisitorAction.Continue;
        }

        public override VisitorAction Leave(Node node)
        {
            Events.Add("leave " + node.Kind);
            return VisitorAction.Continue;
        }
    }

    [Fact]
    public void VisitorEntersAndLeavesInKeyOrderAndSkipsSubtrees()
    {
        var recorder = new Recorder();
        recorder.Visit(Parser.Parse("{ a: b(x: 1) skipped { c } }"));
        Assert.Equal(new[]
        {
            "enter Document parent=", "enter OperationDefinition parent=Document", "enter SelectionSet parent=OperationDefinition",
            "enter Field parent=SelectionSet", "enter Name a parent=Field", "leave Name", "enter Name b parent=Field", "leave Name",
            "enter Argument parent=Field", "enter Name x parent=Argument", "leave Name", "enter IntValue parent=Argument", "leave IntValue",
            "leave Argument", "leave Field", "enter Field parent=SelectionSet", "leave SelectionSet", "leave OperationDefinition", "leave Document",
        }, recorder.Events);
    }

    [Fact]
    public void ParallelVisitorsKeepTheirOwnSkipState()
    {
        var skipping = new Recorder();
        var all = new CountingVisitor();
        new ParallelVisitor(new AstVisitor[] { skipping, all }).Visit(Parser.Parse("{ skipped { c d } e }"));
        Assert.DoesNotContain(skipping.Events, e => e.Contains("Name c", StringComparison.Ordinal));
        Assert.Equal(4, all.Fields);
    }

    private sealed class CountingVisitor : AstVisitor
    {
        public int Fields { get; private set; }

        public override VisitorAction Enter(Node node)
        {
            if (node.Kind == NodeKind.Field)
            {
                Fields++;
            }
            return VisitorAction.Continue;
        }
    }
}
