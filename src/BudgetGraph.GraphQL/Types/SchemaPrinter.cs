using System.Text;
using BudgetGraph.GraphQL.Introspection;
using BudgetGraph.GraphQL.Language;

namespace BudgetGraph.GraphQL.Types;

/// <summary>
/// Prints a schema as SDL exactly like graphql-js 17's <c>printSchema</c>: schema definition only when the
/// root type names are not the defaults (or there is a description), then custom directives, then types in
/// schema order, without built-in scalars, built-in directives or introspection types.
/// </summary>
public static class SchemaPrinter
{
    /// <summary>Prints the schema.</summary>
    public static string Print(Schema schema)
    {
        var parts = new List<string>();
        if (PrintSchemaDefinition(schema) is { } definition)
        {
            parts.Add(definition);
        }
        foreach (var directive in schema.Directives)
        {
            if (!BuiltInDirectives.IsSpecified(directive.Name))
            {
                parts.Add(PrintDirective(directive));
            }
        }
        foreach (var type in schema.Types)
        {
            if (Scalars.IsSpecified(type.Name) || IntrospectionTypes.IsIntrospectionType(type.Name))
            {
                continue;
            }
            parts.Add(PrintType(type));
        }
        return string.Join("\n\n", parts);
    }

    private static string? PrintSchemaDefinition(Schema schema)
    {
        if (schema.QueryType is null && schema.MutationType is null && schema.SubscriptionType is null)
        {
            return null;
        }
        var defaults = ReferenceEquals(schema.QueryType, schema.GetType("Query")) &&
                       ReferenceEquals(schema.MutationType, schema.GetType("Mutation")) &&
                       ReferenceEquals(schema.SubscriptionType, schema.GetType("Subscription"));
        if (schema.Description is null && defaults)
        {
            return null;
        }
        var sb = new StringBuilder(PrintDescription(schema.Description)).Append("schema {\n");
        if (schema.QueryType is not null)
        {
            sb.Append("  query: ").Append(schema.QueryType.Name).Append('\n');
        }
        if (schema.MutationType is not null)
        {
            sb.Append("  mutation: ").Append(schema.MutationType.Name).Append('\n');
        }
        if (schema.SubscriptionType is not null)
        {
            sb.Append("  subscription: ").Append(schema.SubscriptionType.Name).Append('\n');
        }
        return sb.Append('}').ToString();
    }

    /// <summary>Prints one named type.</summary>
    public static string PrintType(NamedType type) => type switch
    {
        ScalarType s => PrintDescription(s.Description) + "scalar " + s.Name +
                        (s.SpecifiedByUrl is null ? "" : $" @specifiedBy(url: {Printer.PrintString(s.SpecifiedByUrl)})"),
        ObjectType o => PrintDescription(o.Description) + "type " + o.Name + PrintInterfaces(o) + PrintFields(o),
        InterfaceType i => PrintDescription(i.Description) + "interface " + i.Name + PrintInterfaces(i) + PrintFields(i),
        UnionType u => PrintDescription(u.Description) + "union " + u.Name + (u.Types.Count > 0 ? " = " + string.Join(" | ", u.Types.Select(t => t.Name)) : ""),
        EnumType e => PrintDescription(e.Description) + "enum " + e.Name + PrintBlock(e.Values.Values.Select((v, i) =>
            PrintDescription(v.Description, "  ", i == 0) + "  " + v.Name + PrintDeprecated(v.DeprecationReason)).ToList()),
        InputObjectType io => PrintDescription(io.Description) + "input " + io.Name + (io.IsOneOf ? " @oneOf" : "") +
                              PrintBlock(io.Fields.Values.Select((f, i) => PrintDescription(f.Description, "  ", i == 0) + "  " + PrintInputValue(f)).ToList()),
        _ => throw new ArgumentOutOfRangeException(nameof(type)),
    };

    private static string PrintInterfaces(ComplexType type) =>
        type.Interfaces.Count > 0 ? " implements " + string.Join(" & ", type.Interfaces.Select(i => i.Name)) : "";

    private static string PrintFields(ComplexType type) => PrintBlock(type.Fields.Values.Select((f, i) =>
        PrintDescription(f.Description, "  ", i == 0) + "  " + f.Name + PrintArgs(f.Arguments.Values.ToList(), "  ") + ": " + f.Type +
        PrintDeprecated(f.DeprecationReason)).ToList());

    private static string PrintBlock(List<string> items) => items.Count != 0 ? " {\n" + string.Join("\n", items) + "\n}" : "";

    private static string PrintArgs(List<InputValue> args, string indentation = "")
    {
        if (args.Count == 0)
        {
            return "";
        }
        if (args.All(a => a.Description is null))
        {
            return "(" + string.Join(", ", args.Select(PrintInputValue)) + ")";
        }
        return "(\n" + string.Join("\n", args.Select((a, i) => PrintDescription(a.Description, "  " + indentation, i == 0) + "  " + indentation + PrintInputValue(a))) +
               "\n" + indentation + ")";
    }

    private static string PrintInputValue(InputValue value)
    {
        var text = value.Name + ": " + value.Type;
        if (value.GetDefaultLiteral() is { } literal)
        {
            text += " = " + Printer.Print(literal);
        }
        return text + PrintDeprecated(value.DeprecationReason);
    }

    /// <summary>Prints a directive definition.</summary>
    public static string PrintDirective(DirectiveDefinition directive) =>
        PrintDescription(directive.Description) + "directive @" + directive.Name + PrintArgs(directive.Arguments.Values.ToList()) +
        PrintDeprecated(directive.DeprecationReason) + (directive.IsRepeatable ? " repeatable" : "") + " on " +
        string.Join(" | ", directive.Locations.Select(l => l.ToName()));

    private static string PrintDeprecated(string? reason)
    {
        if (reason is null)
        {
            return "";
        }
        return reason != BuiltInDirectives.DefaultDeprecationReason ? $" @deprecated(reason: {Printer.PrintString(reason)})" : " @deprecated";
    }

    private static string PrintDescription(string? description, string indentation = "", bool firstInBlock = true)
    {
        if (description is null)
        {
            return "";
        }
        var text = BlockString.IsPrintable(description) ? BlockString.Print(description) : Printer.PrintString(description);
        var prefix = indentation.Length > 0 && !firstInBlock ? "\n" + indentation : indentation;
        return prefix + text.Replace("\n", "\n" + indentation, StringComparison.Ordinal) + "\n";
    }
}
