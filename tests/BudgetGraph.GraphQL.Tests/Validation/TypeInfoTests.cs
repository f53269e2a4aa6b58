using BudgetGraph.GraphQL.Language;
using BudgetGraph.GraphQL.Types;
using BudgetGraph.GraphQL.Validation;

namespace BudgetGraph.GraphQL.Tests.Validation;

public class TypeInfoTests
{
    private sealed class Recorder(TypeInfo info) : AstVisitor
    {
        public List<string> Seen { get; } = new();

        public override VisitorAction Enter(Node node)
        {
            switch (node)
            {
                case FieldNode f:
                    Seen.Add($"field {f.Name.Value}: parent={info.ParentType} type={info.Type} def={info.FieldDef?.Name}");
                    break;
                case ArgumentNode a:
                    Seen.Add($"arg {a.Name.Value}: input={info.InputType} def={info.Argument?.Name}");
                    break;
                case ObjectFieldNode o:
                    Seen.Add($"objectField {o.Name.Value}: input={info.InputType} parentInput={info.ParentInputType}");
                    break;
                case EnumValueNode e:
                    Seen.Add($"enum {e.Value}: input={info.InputType} value={info.EnumValue?.Name}");
                    break;
                case IntValueNode i:
                    Seen.Add($"int {i.Value}: input={info.InputType}");
                    break;
            }
            return VisitorAction.Continue;
        }
    }

    [Fact]
    public void TracksTypesThroughFieldsFragmentsArgumentsAndValues()
    {
        var schema = SdlSchemaBuilder.Build("""
            type Query { pet(filter: F, n: [Int!], one: Int): Pet }
            interface Pet { name: String }
            type Dog implements Pet { name: String barks: Boolean }
            input F { kind: Kind, sub: F }
            enum Kind { DOG CAT }
            """);
        var info = new TypeInfo(schema);
        var recorder = new Recorder(info);
        new TypeInfoVisitor(info, recorder).Visit(Parser.Parse(
            "{ pet(filter: {kind: DOG, sub: {kind: CAT}}, n: [1], one: [2]) { name ... on Dog { barks } __typename unknown } }"));
        Assert.Equal(new[]
        {
            "field pet: parent=Query type=Pet def=pet",
            "arg filter: input=F def=filter",
            "objectField kind: input=Kind parentInput=F",
            "enum DOG: input=Kind value=DOG",
            "objectField sub: input=F parentInput=F",
            "objectField kind: input=Kind parentInput=F",
            "enum CAT: input=Kind value=CAT",
            "arg n: input=[Int!] def=n",
            "int 1: input=Int!",
            // A list where no list is expected: its items have no input type (graphql-js 17), so that
            // ValuesOfCorrectType reports the list once instead of accepting its items as Int.
            "arg one: input=Int def=one",
            "int 2: input=",
            "field name: parent=Pet type=String def=name",
            "field barks: parent=Dog type=Boolean def=barks",
            "field __typename: parent=Pet type=String! def=__typename",
            "field unknown: parent=Pet type= def=",
        }, recorder.Seen);
    }
}
