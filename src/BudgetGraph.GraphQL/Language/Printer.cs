using System.Text;

namespace BudgetGraph.GraphQL.Language;

/// <summary>
/// Prints an AST back to GraphQL text exactly as graphql-js's <c>print</c> does (two-space indentation,
/// argument lists wrapped past 80 columns, block strings kept as block strings).
/// </summary>
public static class Printer
{
    private const int MaxLineLength = 80;

    /// <summary>Prints any node.</summary>
    public static string Print(Node node) => node.Kind switch
    {
        NodeKind.Name => ((NameNode)node).Value,
        NodeKind.Variable => "$" + ((VariableNode)node).Name.Value,
        NodeKind.Document => Join(((DocumentNode)node).Definitions.Select(Print), "\n\n"),
        NodeKind.OperationDefinition => PrintOperation((OperationDefinitionNode)node),
        NodeKind.VariableDefinition => PrintVariableDefinition((VariableDefinitionNode)node),
        NodeKind.SelectionSet => ((SelectionSetNode)node).Selections.Count == 0 ? "{}" : Block(((SelectionSetNode)node).Selections.Select(Print)),
        NodeKind.Field => PrintField((FieldNode)node),
        NodeKind.Argument => ((ArgumentNode)node).Name.Value + ": " + Print(((ArgumentNode)node).Value),
        NodeKind.FragmentSpread => Join(new[] { "..." + ((FragmentSpreadNode)node).Name.Value, Wrap(" ", Directives(((FragmentSpreadNode)node).Directives)) }),
        NodeKind.InlineFragment => PrintInlineFragment((InlineFragmentNode)node),
        NodeKind.FragmentDefinition => PrintFragmentDefinition((FragmentDefinitionNode)node),
        NodeKind.IntValue => ((IntValueNode)node).Value,
        NodeKind.FloatValue => ((FloatValueNode)node).Value,
        NodeKind.StringValue => ((StringValueNode)node).Block ? BlockString.Print(((StringValueNode)node).Value) : PrintString(((StringValueNode)node).Value),
        NodeKind.BooleanValue => ((BooleanValueNode)node).Value ? "true" : "false",
        NodeKind.NullValue => "null",
        NodeKind.EnumValue => ((EnumValueNode)node).Value,
        NodeKind.ListValue => PrintList((ListValueNode)node),
        NodeKind.ObjectValue => PrintObject((ObjectValueNode)node),
        NodeKind.ObjectField => ((ObjectFieldNode)node).Name.Value + ": " + Print(((ObjectFieldNode)node).Value),
        NodeKind.Directive => "@" + ((DirectiveNode)node).Name.Value + Wrap("(", Join(((DirectiveNode)node).Arguments.Select(Print), ", "), ")"),
        NodeKind.NamedType => ((NamedTypeNode)node).Name.Value,
        NodeKind.ListType => "[" + Print(((ListTypeNode)node).Type) + "]",
        NodeKind.NonNullType => Print(((NonNullTypeNode)node).Type) + "!",
        NodeKind.SchemaDefinition => PrintSchemaDefinition((SchemaDefinitionNode)node),
        NodeKind.OperationTypeDefinition => OperationName(((OperationTypeDefinitionNode)node).Operation) + ": " + Print(((OperationTypeDefinitionNode)node).Type),
        NodeKind.ScalarTypeDefinition => WithDescription(((ScalarTypeDefinitionNode)node).Description,
            Join(new[] { "scalar", ((ScalarTypeDefinitionNode)node).Name.Value, Directives(((ScalarTypeDefinitionNode)node).Directives) }, " ")),
        NodeKind.ObjectTypeDefinition => PrintFieldsContainer("type", (ObjectTypeDefinitionNode)node, ((ObjectTypeDefinitionNode)node).Description),
        NodeKind.InterfaceTypeDefinition => PrintFieldsContainer("interface", (InterfaceTypeDefinitionNode)node, ((InterfaceTypeDefinitionNode)node).Description),
        NodeKind.FieldDefinition => PrintFieldDefinition((FieldDefinitionNode)node),
        NodeKind.InputValueDefinition => PrintInputValueDefinition((InputValueDefinitionNode)node),
        NodeKind.UnionTypeDefinition => WithDescription(((UnionTypeDefinitionNode)node).Description,
            PrintUnion("union", (UnionTypeDefinitionNode)node, ((UnionTypeDefinitionNode)node).Types)),
        NodeKind.EnumTypeDefinition => WithDescription(((EnumTypeDefinitionNode)node).Description,
            Join(new[] { "enum", ((EnumTypeDefinitionNode)node).Name.Value, Directives(((EnumTypeDefinitionNode)node).Directives), Block(((EnumTypeDefinitionNode)node).Values.Select(Print)) }, " ")),
        NodeKind.EnumValueDefinition => WithDescription(((EnumValueDefinitionNode)node).Description,
            Join(new[] { ((EnumValueDefinitionNode)node).Name.Value, Directives(((EnumValueDefinitionNode)node).Directives) }, " ")),
        NodeKind.InputObjectTypeDefinition => WithDescription(((InputObjectTypeDefinitionNode)node).Description,
            Join(new[] { "input", ((InputObjectTypeDefinitionNode)node).Name.Value, Directives(((InputObjectTypeDefinitionNode)node).Directives), Block(((InputObjectTypeDefinitionNode)node).Fields.Select(Print)) }, " ")),
        NodeKind.DirectiveDefinition => PrintDirectiveDefinition((DirectiveDefinitionNode)node),
        NodeKind.SchemaExtension => Join(new[] { "extend schema", Directives(((SchemaExtensionNode)node).Directives), Block(((SchemaExtensionNode)node).OperationTypes.Select(Print)) }, " "),
        NodeKind.ScalarTypeExtension => Join(new[] { "extend scalar", ((ScalarTypeExtensionNode)node).Name.Value, Directives(((ScalarTypeExtensionNode)node).Directives) }, " "),
        NodeKind.ObjectTypeExtension => PrintFieldsContainer("extend type", (ObjectTypeExtensionNode)node, null),
        NodeKind.InterfaceTypeExtension => PrintFieldsContainer("extend interface", (InterfaceTypeExtensionNode)node, null),
        NodeKind.UnionTypeExtension => PrintUnion("extend union", (UnionTypeExtensionNode)node, ((UnionTypeExtensionNode)node).Types),
        NodeKind.EnumTypeExtension => Join(new[] { "extend enum", ((EnumTypeExtensionNode)node).Name.Value, Directives(((EnumTypeExtensionNode)node).Directives), Block(((EnumTypeExtensionNode)node).Values.Select(Print)) }, " "),
        NodeKind.InputObjectTypeExtension => Join(new[] { "extend input", ((InputObjectTypeExtensionNode)node).Name.Value, Directives(((InputObjectTypeExtensionNode)node).Directives), Block(((InputObjectTypeExtensionNode)node).Fields.Select(Print)) }, " "),
        _ => throw new ArgumentOutOfRangeException(nameof(node), node.Kind, "Unknown node kind."),
    };

    /// <summary>Operation keyword.</summary>
    public static string OperationName(OperationType operation) => operation switch
    {
        OperationType.Query => "query",
        OperationType.Mutation => "mutation",
        _ => "subscription",
    };

    private static string PrintOperation(OperationDefinitionNode node)
    {
        var varDefs = node.VariableDefinitions.Select(Print).ToList();
        var varDefsText = varDefs.Any(v => v.Contains('\n'))
            ? Wrap("(\n", Join(varDefs, "\n"), "\n)")
            : Wrap("(", Join(varDefs, ", "), ")");
        var op = OperationName(node.Operation);
        var prefix = Join(new[]
        {
            Wrap("", Description(node.Description), "\n"),
            Join(new[] { op, Join(new[] { node.Name?.Value, varDefsText }), Directives(node.Directives) }, " "),
        });
        var selection = Print(node.SelectionSet);
        return node.Operation == OperationType.Query && prefix.Length == op.Length
            ? selection
            : Join(new[] { Join(new[] { prefix, " " }), selection });
    }

    private static string PrintVariableDefinition(VariableDefinitionNode node) => Join(new[]
    {
        Wrap("", Description(node.Description), "\n"),
        Print(node.Variable), ": ", Print(node.Type),
        Wrap(" = ", node.DefaultValue is null ? null : Print(node.DefaultValue)),
        Wrap(" ", Directives(node.Directives)),
    });

    private static string PrintField(FieldNode node)
    {
        var prefix = Join(new[] { Wrap("", node.Alias?.Value, ": "), node.Name.Value });
        return Join(new[]
        {
            WrappedLineAndArgs(prefix, node.Arguments.Select(Print).ToList()),
            Wrap(" ", Directives(node.Directives)),
            Wrap(" ", node.SelectionSet is null ? null : Print(node.SelectionSet)),
        });
    }

    private static string WrappedLineAndArgs(string prefix, List<string> args)
    {
        if (args.Count == 0)
        {
            return prefix;
        }
        return Join(new[]
        {
            prefix,
            prefix.Length + JoinedLength(args, ", ") + 2 > MaxLineLength
                ? Wrap("(\n", Indent(Join(args, "\n")), "\n)")
                : Wrap("(", Join(args, ", "), ")"),
        });
    }

    private static string PrintInlineFragment(InlineFragmentNode node) => Join(new[]
    {
        "...", Wrap("on ", node.TypeCondition is null ? null : Print(node.TypeCondition)), Directives(node.Directives), Print(node.SelectionSet),
    }, " ");

    private static string PrintFragmentDefinition(FragmentDefinitionNode node) => Join(new[]
    {
        Wrap("", Description(node.Description), "\n"),
        "fragment ", node.Name.Value, " on ", Print(node.TypeCondition), " ",
        Wrap("", Directives(node.Directives), " "),
        Print(node.SelectionSet),
    });

    private static string PrintList(ListValueNode node)
    {
        var values = node.Values.Select(Print).ToList();
        if (2 + JoinedLength(values, ", ") > MaxLineLength)
        {
            return Wrap("[\n", Indent(Join(values, "\n")), "\n]");
        }
        return "[" + Join(values, ", ") + "]";
    }

    private static string PrintObject(ObjectValueNode node)
    {
        var fields = node.Fields.Select(Print).ToList();
        // graphql-js prints an empty object literal as "{  }" (join of "{ ", nothing, " }").
        return 4 + JoinedLength(fields, ", ") > MaxLineLength ? Block(fields) : "{ " + Join(fields, ", ") + " }";
    }

    private static string PrintSchemaDefinition(SchemaDefinitionNode node) => Join(new[]
    {
        Wrap("", Description(node.Description), "\n"),
        Join(new[] { "schema", Directives(node.Directives), Block(node.OperationTypes.Select(Print)) }, " "),
    });

    private static string PrintFieldsContainer(string keyword, TypeDefinitionOrExtensionNode node, StringValueNode? description)
    {
        var container = (IFieldsContainerNode)node;
        return WithDescription(description, Join(new[]
        {
            keyword, node.Name.Value,
            Wrap("implements ", Join(container.Interfaces.Select(Print), " & ")),
            Directives(node.Directives),
            Block(container.Fields.Select(Print)),
        }, " "));
    }

    private static string PrintUnion(string keyword, TypeDefinitionOrExtensionNode node, IReadOnlyList<NamedTypeNode> types) => Join(new[]
    {
        keyword, node.Name.Value, Directives(node.Directives), Wrap("= ", Join(types.Select(Print), " | ")),
    }, " ");

    private static string PrintArgumentDefinitions(IReadOnlyList<InputValueDefinitionNode> arguments)
    {
        var args = arguments.Select(Print).ToList();
        return args.Any(a => a.Contains('\n'))
            ? Wrap("(\n", Indent(Join(args, "\n")), "\n)")
            : Wrap("(", Join(args, ", "), ")");
    }

    private static string PrintFieldDefinition(FieldDefinitionNode node) => Join(new[]
    {
        Wrap("", Description(node.Description), "\n"),
        node.Name.Value, PrintArgumentDefinitions(node.Arguments), ": ", Print(node.Type),
        Wrap(" ", Directives(node.Directives)),
    });

    private static string PrintInputValueDefinition(InputValueDefinitionNode node) => Join(new[]
    {
        Wrap("", Description(node.Description), "\n"),
        node.Name.Value, ": ", Print(node.Type),
        Wrap(" = ", node.DefaultValue is null ? null : Print(node.DefaultValue)),
        Wrap(" ", Directives(node.Directives)),
    });

    private static string PrintDirectiveDefinition(DirectiveDefinitionNode node) => Join(new[]
    {
        Wrap("", Description(node.Description), "\n"),
        "directive @", node.Name.Value, PrintArgumentDefinitions(node.Arguments),
        Wrap(" ", Directives(node.Directives)),
        node.Repeatable ? " repeatable" : "",
        " on ", Join(node.Locations.Select(l => l.Value), " | "),
    });

    private static string WithDescription(StringValueNode? description, string rest) =>
        Join(new[] { Wrap("", Description(description), "\n"), rest });

    private static string? Description(StringValueNode? description) => description is null ? null : Print(description);

    private static string Directives(IReadOnlyList<DirectiveNode> directives) => Join(directives.Select(Print), " ");

    /// <summary>graphql-js <c>join</c>: concatenates the non-empty parts with a separator.</summary>
    private static string Join(IEnumerable<string?> parts, string separator = "")
    {
        var sb = new StringBuilder();
        var first = true;
        foreach (var part in parts)
        {
            if (string.IsNullOrEmpty(part))
            {
                continue;
            }
            if (!first)
            {
                sb.Append(separator);
            }
            sb.Append(part);
            first = false;
        }
        return sb.ToString();
    }

    private static int JoinedLength(List<string> parts, string separator)
    {
        var length = 0;
        foreach (var part in parts)
        {
            if (part.Length != 0)
            {
                length += (length == 0 ? 0 : separator.Length) + part.Length;
            }
        }
        return length;
    }

    private static string Block(IEnumerable<string> items) => Wrap("{\n", Indent(Join(items, "\n")), "\n}");

    private static string Wrap(string start, string? value, string end = "") =>
        string.IsNullOrEmpty(value) ? "" : start + value + end;

    private static string Indent(string value) =>
        string.IsNullOrEmpty(value) ? "" : "  " + value.Replace("\n", "\n  ", StringComparison.Ordinal);

    /// <summary>graphql-js <c>printString</c>: a double-quoted string with control characters escaped.</summary>
    public static string PrintString(string value)
    {
        var sb = new StringBuilder(value.Length + 2);
        sb.Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                case '\b': sb.Append("\\b"); break;
                case '\t': sb.Append("\\t"); break;
                case '\n': sb.Append("\\n"); break;
                case '\f': sb.Append("\\f"); break;
                case '\r': sb.Append("\\r"); break;
                default:
                    if (c < 0x20 || c is >= '\x7f' and <= '\x9f')
                    {
                        sb.Append("\\u").Append(((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        sb.Append(c);
                    }
                    break;
            }
        }
        return sb.Append('"').ToString();
    }
}
