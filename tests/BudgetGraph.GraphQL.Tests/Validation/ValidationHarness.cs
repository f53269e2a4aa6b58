using BudgetGraph.GraphQL.Language;
using BudgetGraph.GraphQL.Types;
using BudgetGraph.GraphQL.Validation;

namespace BudgetGraph.GraphQL.Tests.Validation;

/// <summary>
/// Validates a query against an SDL schema and renders each error as "message @ line:col,line:col" so that a
/// test states the exact messages and locations it expects. <see cref="At"/> finds a location by the text
/// that starts there, so expectations stay readable.
/// </summary>
internal static class ValidationHarness
{
    /// <summary>A budget-shaped schema exercising every kind of type, argument default, directive and @oneOf.</summary>
    public const string Sdl = """
        schema { query: Query mutation: Mutation subscription: Subscription }

        directive @tag(name: String!) repeatable on FIELD | FRAGMENT_SPREAD | INLINE_FRAGMENT | QUERY
        directive @audit(level: Int = 1, note: String) on FIELD | VARIABLE_DEFINITION | FRAGMENT_DEFINITION

        scalar Yuan

        interface Node { id: ID! }
        interface Named { name: String! }
        interface Unit implements Node & Named { id: ID! name: String! code: String parent: Unit }

        type Department implements Unit & Node & Named {
          id: ID! name: String! code: String parent: Unit
          budgets(year: Int!, kind: BudgetKind = EXPENDITURE): [Budget!]!
          head: Person
          staffCount: Int
        }
        type Agency implements Unit & Node & Named {
          id: ID! name: String! code: String parent: Unit
          region: String
          staffCount: Float
        }
        type Person implements Node & Named { id: ID! name: String! title: String }
        type Budget implements Node {
          id: ID! year: Int! kind: BudgetKind! total: Yuan
          lines(filter: LineFilter, first: Int = 10): [BudgetLine]
        }
        type BudgetLine { code: String! label: String amount(unit: AmountUnit = YUAN): Yuan share: Float }

        union Owner = Department | Person
        union Searchable = Department | Agency | Budget

        enum BudgetKind { REVENUE EXPENDITURE }
        enum AmountUnit { YUAN WAN_YUAN }

        input LineFilter { codePrefix: String minAmount: Yuan kinds: [BudgetKind!] range: YearRange }
        input YearRange { from: Int! to: Int! = 2030 }
        input UnitRef @oneOf { id: ID code: String }

        type Query {
          unit(ref: UnitRef!): Unit
          units(ids: [ID!], limit: Int = 20): [Unit!]!
          department(id: ID!): Department
          budget(id: ID!): Budget
          owner: Owner
          search(text: String!, kinds: [BudgetKind]): [Searchable]
          lines(filter: LineFilter!): [BudgetLine!]
          total(year: Int, kind: BudgetKind, round: Boolean): Yuan
          node(id: ID): Node
          find(ref: UnitRef): Unit
        }
        type Mutation { approve(budgetId: ID!, note: String): Budget rename(id: ID!, name: String!): Unit }
        type Subscription { budgetChanged(year: Int): Budget lineAdded: BudgetLine }
        """;

    /// <summary>The schema built from <see cref="Sdl"/>.</summary>
    public static readonly Schema Schema = SdlSchemaBuilder.Build(Sdl);

    /// <summary>The errors of <paramref name="query"/>, each as "message @ locations".</summary>
    public static List<string> Errors(string query, Schema? schema = null, ValidationOptions? options = null) =>
        DocumentValidator.Validate(schema ?? Schema, Parse(query), options).Select(Format).ToList();

    /// <summary>Parses without the token limit: these tests exercise the validator's own limits on big documents.</summary>
    public static DocumentNode Parse(string query) => Parser.Parse(query, new ParserOptions { MaxTokens = null });

    /// <summary>Asserts the query has no validation error.</summary>
    public static void Valid(string query, Schema? schema = null) => Assert.Empty(Errors(query, schema));

    /// <summary>Asserts exactly these errors, in this order.</summary>
    public static void Invalid(string query, params string[] expected) => Assert.Equal(expected, Errors(query));

    /// <summary>An expected error.</summary>
    public static string Error(string message, params string[] locations) => message + " @ " + string.Join(",", locations);

    /// <summary>The "line:column" where the <paramref name="occurrence"/>-th <paramref name="text"/> starts in <paramref name="query"/>.</summary>
    public static string At(string query, string text, int occurrence = 1)
    {
        var index = -1;
        for (var i = 0; i < occurrence; i++)
        {
            index = query.IndexOf(text, index + 1, StringComparison.Ordinal);
            Assert.True(index >= 0, $"'{text}' (occurrence {occurrence}) not found in the query");
        }
        var line = 1 + query.AsSpan(0, index).Count('\n');
        var lineStart = index == 0 ? 0 : query.LastIndexOf('\n', index - 1) + 1;
        var column = index - lineStart + 1;
        return $"{line}:{column}";
    }

    private static string Format(GraphQLError error) =>
        error.Message + " @ " + string.Join(",", (error.Locations ?? Array.Empty<SourceLocation>()).Select(l => $"{l.Line}:{l.Column}"));
}
