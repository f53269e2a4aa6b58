using System.Text.Json;
using BudgetGraph.GraphSchema.Breakdown;
using HotChocolate.Language;

namespace BudgetGraph.Api.Tests.Budget;

/// <summary>
/// A breakdown reads only what its selection can see: project categories and line items only when nested
/// <c>children</c> reach below a 项, the documents only when a source is selected. The answers must not change.
/// </summary>
[Collection(WarehouseCollection.Name)]
public sealed class BreakdownLoadTests(WarehouseFixture warehouse)
{
    /// <summary>Every field of a node whose value could depend on what was loaded (all but children and sources).</summary>
    private const string F = """
        fragment F on BreakdownNode { code name kind level amount basicAmount projectAmount shareOfParent shareOfTotal itemLink
          residual { published childrenSum difference tolerance childCount } }
        """;

    /// <summary>The Source-typed fields.</summary>
    private const string S = """
        fragment S on BreakdownNode { source { document { fileName } table line precision derived } sources { line derived }
          residual { publishedSources { line derived } } }
        """;

    private const string Departments = """departmentCodes: ["szdsj", "psqzsj", "szzsj"]""";

    private static string Levels(int depth, string fields)
    {
        var selection = fields;
        for (var i = 0; i < depth; i++)
        {
            selection = $"{fields} children {{ {selection} }}";
        }
        return selection;
    }

    /// <summary>Counted on the execution that sent the fewest (<see cref="WarehouseFixture.FewestStatementsAsync"/>).</summary>
    private Task<(int Count, IReadOnlyList<string> Texts)> CountAsync(string query) => warehouse.FewestStatementsAsync(query);

    [Fact]
    public async Task Three_levels_from_the_root_take_one_statement_without_the_documents()
    {
        var (count, texts) = await CountAsync($"{{ breakdown(year: 2023, {Departments}) {{ {Levels(3, "...F")} }} }} {F}");
        // The departments' codes resolved and their functional rows summed in one statement; no categories, no line items,
        // no join of the documents.
        Assert.True(count == 1, string.Join("\n---\n", texts));
        Assert.DoesNotContain(texts, t => t.Contains("Documents", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_selected_source_joins_the_documents_in_the_same_number_of_statements()
    {
        var (count, texts) = await CountAsync($"{{ breakdown(year: 2023, {Departments}) {{ {Levels(3, "...F")} children {{ ...S }} }} }} {F} {S}");
        Assert.True(count == 2, string.Join("\n---\n", texts));
        Assert.Contains(texts, t => t.Contains("Documents", StringComparison.Ordinal));
    }

    [Theory]
    // From the root, children reach a 项's children (categories) at depth 4. A tree that stops at the 项 is summed in one
    // statement that also resolves the codes; one reaching below a 项 reads the rows with the categories (the department
    // lookup is the other statement): deeper trees read more kinds of node, never more than two statements.
    [InlineData(null, 3, 1)]
    [InlineData(null, 4, 2)]
    [InlineData("201", 2, 1)]
    [InlineData("201", 3, 2)]
    [InlineData("20103", 1, 1)]
    [InlineData("20103", 2, 2)]
    [InlineData("2010399", 0, 1)]
    [InlineData("2010399", 1, 2)]
    // A code of no level (4 digits) loads everything.
    [InlineData("2010", 0, 2)]
    public async Task Categories_and_line_items_are_read_only_when_children_reach_below_an_item(string? code, int depth, int statements)
    {
        var argument = code is null ? "" : $", code: \"{code}\"";
        var (count, texts) = await CountAsync($"{{ breakdown(year: 2023, {Departments}{argument}) {{ {Levels(depth, "...F")} }} }} {F}");
        Assert.True(count == statements, $"{count} statements:\n" + string.Join("\n---\n", texts));
    }

    [Fact]
    public async Task A_budget_breakdown_reads_categories_only_below_an_item()
    {
        var (shallow, _) = await CountAsync($"{{ department(code: \"szdsj\") {{ budgets {{ breakdown {{ {Levels(3, "amount")} }} }} }} }}");
        var (deep, _) = await CountAsync($"{{ department(code: \"szdsj\") {{ budgets {{ breakdown {{ {Levels(4, "amount")} }} }} }} }}");
        Assert.Equal(shallow, deep);
    }

    [Theory]
    // Children below a 项 in a fragment, behind an alias, are seen: the categories are read (two statements, where the
    // summed tree of a 项 alone is one). Left out by @include(if: false), they are not part of the operation.
    [InlineData("", 2)]
    [InlineData(" @include(if: false)", 1)]
    public async Task Children_in_a_fragment_behind_an_alias_still_load_the_categories(string directive, int statements)
    {
        var query = $$"""
            { breakdown(year: 2023, departmentCodes: ["szdsj"], code: "2010399") { ...Kids }
            } fragment Kids on BreakdownNode { parts: children{{directive}} { name amount } }
            """;
        var (count, texts) = await CountAsync(query);
        Assert.True(count == statements, $"{count} statements:\n" + string.Join("\n---\n", texts));
    }

    /// <summary>Asserts that every property <paramref name="part"/> has is in <paramref name="whole"/> with the same JSON.</summary>
    private static void AssertContained(JsonElement part, JsonElement whole, string path)
    {
        Assert.True(part.ValueKind == whole.ValueKind, $"{path}: {part.ValueKind} vs {whole.ValueKind}");
        switch (part.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in part.EnumerateObject())
                {
                    Assert.True(whole.TryGetProperty(property.Name, out var other), $"{path}.{property.Name} is missing from the full answer");
                    AssertContained(property.Value, other, $"{path}.{property.Name}");
                }
                break;
            case JsonValueKind.Array:
                var (a, b) = (part.EnumerateArray().ToList(), whole.EnumerateArray().ToList());
                Assert.True(a.Count == b.Count, $"{path}: {a.Count} vs {b.Count} items");
                for (var i = 0; i < a.Count; i++)
                {
                    AssertContained(a[i], b[i], $"{path}[{i}]");
                }
                break;
            default:
                Assert.True(part.GetRawText() == whole.GetRawText(), $"{path}: {part.GetRawText()} vs {whole.GetRawText()}");
                break;
        }
    }

    [Theory]
    [InlineData(null, 3)]
    [InlineData("201", 2)]
    [InlineData("20103", 1)]
    [InlineData("2010399", 0)]
    public async Task Every_budget_answers_the_same_as_with_everything_loaded(string? code, int depth)
    {
        var argument = code is null ? "" : $"(code: \"{code}\")";
        // lean: no source, no categories; sourced: the documents but no categories; full: both, one level deeper.
        var data = await warehouse.DataAsync($$"""
            { departments { code budgets { year
                lean: breakdown{{argument}} { {{Levels(depth, "...F")}} }
                sourced: breakdown{{argument}} { {{Levels(depth, "...F ...S")}} }
                full: breakdown{{argument}} { {{Levels(depth + 1, "...F ...S")}} } } } }
            {{F}} {{S}}
            """);
        var compared = 0;
        foreach (var department in data.GetProperty("departments").EnumerateArray())
        {
            foreach (var budget in department.GetProperty("budgets").EnumerateArray())
            {
                var path = $"{department.GetProperty("code")}/{budget.GetProperty("year")}";
                var full = budget.GetProperty("full");
                AssertContained(budget.GetProperty("lean"), full, path + " lean");
                AssertContained(budget.GetProperty("sourced"), full, path + " sourced");
                compared += full.ValueKind == JsonValueKind.Object ? 1 : 0;
            }
        }
        Assert.True(compared >= 2, $"only {compared} budgets have a node");
    }

    [Fact]
    public async Task A_sum_over_departments_answers_the_same_as_with_everything_loaded()
    {
        var data = await warehouse.DataAsync($$"""
            { lean: breakdown(year: 2023, {{Departments}}) { {{Levels(3, "...F")}} }
              full: breakdown(year: 2023, {{Departments}}) { {{Levels(4, "...F ...S")}} } }
            {{F}} {{S}}
            """);
        AssertContained(data.GetProperty("lean"), data.GetProperty("full"), "breakdown");
        // The residuals' tolerance needs the published precision, which the lean rows keep: some residual is compared.
        Assert.Contains("\"tolerance\"", data.GetProperty("lean").GetRawText(), StringComparison.Ordinal);
    }

    [Theory]
    // Without a source the root sums the departments' rows in its statement (one row per node, only the sums its
    // selection shows); with one it reads them row by row. Both must give the same tree: one department, a repeated one
    // (counted twice), a node below the root; every field, the amounts alone, the parts alone, the residuals alone.
    [InlineData("\"szdsj\"", null, "...F")]
    [InlineData("\"szdsj\", \"szdsj\"", null, "...F")]
    [InlineData("\"psqzsj\", \"szdsj\", \"szzsj\"", "201", "...F")]
    [InlineData("\"szzsj\", \"szdsj\"", "20103", "...F")]
    [InlineData("\"psqzsj\", \"szdsj\", \"szzsj\"", null, "code name kind level amount shareOfParent shareOfTotal")]
    [InlineData("\"psqzsj\", \"szdsj\", \"szzsj\"", null, "code kind amount basicAmount projectAmount")]
    [InlineData("\"psqzsj\", \"szdsj\", \"szzsj\"", null, "code kind amount residual { published childrenSum difference tolerance childCount }")]
    public async Task A_sum_in_the_statement_answers_as_the_rows_one_by_one(string codes, string? code, string fields)
    {
        var argument = code is null ? "" : $", code: \"{code}\"";
        var data = await warehouse.DataAsync($$"""
            { lean: breakdown(year: 2023, departmentCodes: [{{codes}}]{{argument}}) { {{Levels(3, fields)}} }
              full: breakdown(year: 2023, departmentCodes: [{{codes}}]{{argument}}) { {{Levels(3, "...F ...S")}} } }
            {{F}} {{S}}
            """);
        Assert.Equal(JsonValueKind.Object, data.GetProperty("lean").ValueKind);
        AssertContained(data.GetProperty("lean"), data.GetProperty("full"), "breakdown");
    }

    [Theory]
    // The parts and the residual figures are summed only for a selection that shows them (each costs an aggregate per row).
    [InlineData("code name amount", false, false)]
    [InlineData("code amount basicAmount", true, false)]
    [InlineData("code amount projectAmount", true, false)]
    [InlineData("code amount residual { difference }", false, true)]
    [InlineData("...F", true, true)]
    public async Task The_summed_statement_reads_only_the_sums_its_selection_shows(string fields, bool parts, bool residuals)
    {
        var fragment = fields.Contains("...F", StringComparison.Ordinal) ? F : "";
        var (count, texts) = await CountAsync($"{{ breakdown(year: 2023, {Departments}) {{ {Levels(3, fields)} }} }} {fragment}");
        var text = Assert.Single(texts);
        Assert.True(count == 1, text);
        Assert.Equal((parts, parts, residuals, residuals), (text.Contains("SUM(f.\"BasicYuan\")", StringComparison.Ordinal),
            text.Contains("SUM(f.\"ProjectYuan\")", StringComparison.Ordinal), text.Contains("SUM(f.\"ChildrenYuan\")", StringComparison.Ordinal),
            text.Contains("MAX(f.\"PublishedDecimals\")", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task The_root_without_a_source_sums_in_its_statement()
    {
        var (_, texts) = await CountAsync($"{{ breakdown(year: 2023, {Departments}) {{ {Levels(3, "...F")} }} }} {F}");
        Assert.Contains(texts, t => t.Contains("GROUP BY", StringComparison.Ordinal) && t.Contains("BudgetFigures", StringComparison.Ordinal));
    }

    [Fact]
    public void Source_fields_name_every_Source_typed_field_a_breakdown_can_select()
    {
        var types = BudgetSdl.Types(warehouse.Executor.Schema);
        var found = new SortedSet<string>(StringComparer.Ordinal);
        var seen = new HashSet<string>();
        void Walk(string typeName)
        {
            // Built-in scalars have no definition in the printed SDL.
            if (!seen.Add(typeName) || !types.TryGetValue(typeName, out var type) || BudgetSdl.FieldsOf(type) is not { } fields)
            {
                return;
            }
            foreach (var field in fields)
            {
                var named = field.Type.NamedType().Name.Value;
                if (named == "Source")
                {
                    found.Add(field.Name.Value);
                }
                else
                {
                    Walk(named);
                }
            }
        }
        Walk("BreakdownNode");
        Assert.Equal(BreakdownLoad.SourceFields.Order(StringComparer.Ordinal), found);
    }
}
