using System.Runtime.CompilerServices;
using BudgetGraph.GraphQL.Execution;
using BudgetGraph.GraphQL.Language;
using BudgetGraph.GraphQL.Types;

namespace BudgetGraph.GraphQL.Validation;

/// <summary>
/// What the directive rules need to know about one directive: where it may appear, whether it may repeat,
/// its argument names, and its required arguments with their types as messages print them.
/// </summary>
public sealed record DirectiveFacts(
    IReadOnlySet<string> Locations,
    bool IsRepeatable,
    IReadOnlyList<string> ArgumentNames,
    IReadOnlyList<(string Name, string Type)> RequiredArguments)
{
    private static readonly ConditionalWeakTable<Schema, Dictionary<string, DirectiveFacts>> BySchema = new();

    /// <summary>
    /// The directives known while validating <paramref name="document"/>: the schema's (computed once per
    /// schema) overridden by directive definitions in the document itself, as graphql-js does.
    /// </summary>
    public static IReadOnlyDictionary<string, DirectiveFacts> For(Schema schema, DocumentNode document)
    {
        var fromSchema = BySchema.GetValue(schema, FromSchema);
        Dictionary<string, DirectiveFacts>? merged = null;
        foreach (var definition in document.Definitions)
        {
            if (definition is DirectiveDefinitionNode directive)
            {
                merged ??= new Dictionary<string, DirectiveFacts>(fromSchema, StringComparer.Ordinal);
                merged[directive.Name.Value] = FromDefinition(directive);
            }
        }
        return merged ?? fromSchema;
    }

    private static Dictionary<string, DirectiveFacts> FromSchema(Schema schema)
    {
        var facts = new Dictionary<string, DirectiveFacts>(StringComparer.Ordinal);
        foreach (var directive in schema.Directives)
        {
            facts[directive.Name] = new DirectiveFacts(
                directive.Locations.Select(l => l.ToName()).ToHashSet(StringComparer.Ordinal),
                directive.IsRepeatable,
                directive.Arguments.Keys.ToList(),
                directive.Arguments.Values.Where(ValueCoercion.IsRequired).Select(a => (a.Name, a.Type.ToString())).ToList());
        }
        return facts;
    }

    private static DirectiveFacts FromDefinition(DirectiveDefinitionNode definition) => new(
        definition.Locations.Select(l => l.Value).ToHashSet(StringComparer.Ordinal),
        definition.Repeatable,
        definition.Arguments.Select(a => a.Name.Value).ToList(),
        definition.Arguments.Where(a => a.Type is NonNullTypeNode && a.DefaultValue is null)
            .Select(a => (a.Name.Value, Printer.Print(a.Type))).ToList());
}
