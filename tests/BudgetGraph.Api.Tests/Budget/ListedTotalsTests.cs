using System.Text.Json;

namespace BudgetGraph.Api.Tests.Budget;

/// <summary>
/// A department list with <c>budget(year: n)</c> below it reads the departments and their totals in one statement
/// (<c>BudgetQueries.ListWithTotalsAsync</c>); every total is the one the department's budget field reads on its own.
/// </summary>
[Collection(WarehouseCollection.Name)]
public sealed class ListedTotalsTests(WarehouseFixture warehouse)
{
    private const string Budget = "totalExpenditure basicExpenditure projectExpenditure year stage";

    /// <summary>Counted on the execution that sent the fewest (<see cref="WarehouseFixture.FewestStatementsAsync"/>).</summary>
    private Task<(int Count, IReadOnlyList<string> Texts)> CountAsync(string query) => warehouse.FewestStatementsAsync(query);

    [Theory]
    [InlineData($"{{ departments {{ code name budget(year: 2023) {{ {Budget} }} }} }}")]
    [InlineData($"{{ departments(first: 2) {{ code a: budget(year: 2023) {{ {Budget} }} b: budget(year: 2024) {{ totalExpenditure }} }} }}")]
    [InlineData($"{{ departments(last: 2, order: [{{ name: DESC }}]) {{ code budget(year: 2022) {{ {Budget} }} }} }}")]
    // A budget field a fragment on Department selects is one of the list's fields like any other.
    [InlineData($"{{ departments {{ code ...Totals }} }} fragment Totals on Department {{ budget(year: 2023) {{ {Budget} }} }}")]
    [InlineData($"{{ departments {{ code ... on Department {{ budget(year: 2023) {{ {Budget} }} }} }} }}")]
    [InlineData($"{{ departments {{ code budget(year: 2023) {{ ...Amounts }} }} }} fragment Amounts on Budget {{ {Budget} }}")]
    public async Task The_departments_and_their_totals_are_one_statement(string query)
    {
        var (count, texts) = await CountAsync(query);
        Assert.True(count == 1, $"{count} statements:\n" + string.Join("\n---\n", texts));
    }

    [Theory]
    // A source needs the documents: the totals are then read by the budget fields' loader, in a statement of their own.
    [InlineData("{ departments { code budget(year: 2023) { totalExpenditure source { line } } } }", 2)]
    // A stage other than the initial budget, or a year given by a variable, is the budget fields' own read too.
    [InlineData("{ departments { code budget(year: 2024, stage: ADJUSTED) { totalExpenditure } } }", 2)]
    [InlineData("query($y: Int!) { departments { code budget(year: $y) { totalExpenditure } } }", 2)]
    // A source selected through a fragment below the budget field counts like one written out.
    [InlineData("{ departments { code budget(year: 2023) { ...Amount } } } fragment Amount on Budget { totalExpenditure source { line } }", 2)]
    // Only the listed departments' own budget fields: their supervising department's are read by the loader.
    [InlineData("{ departments { code supervisingDepartment { budget(year: 2023) { totalExpenditure } } } }", 3)]
    public async Task Other_budget_fields_read_their_totals_themselves(string query, int statements)
    {
        var (count, texts) = await warehouse.FewestStatementsAsync(query, query.Contains("$y", StringComparison.Ordinal) ? new { y = 2023 } : null);
        Assert.True(count == statements, $"{count} statements:\n" + string.Join("\n---\n", texts));
    }

    [Theory]
    [InlineData("{ departments { code ...Totals } } fragment Totals on Department { budget(year: 2023) { totalExpenditure basicExpenditure } }")]
    [InlineData("{ departments { code budget(year: 2023) { ...Amount } } } fragment Amount on Budget { totalExpenditure basicExpenditure }")]
    [InlineData("{ departments { code budget(year: 2023) { totalExpenditure basicExpenditure source { line } } } }")]
    public async Task A_listed_total_is_the_same_whichever_way_the_list_reads_it(string query)
    {
        var expected = await warehouse.DataAsync("{ departments { code budget(year: 2023) { totalExpenditure basicExpenditure } } }");
        var got = await warehouse.DataAsync(query);
        foreach (var (want, have) in expected.GetProperty("departments").EnumerateArray().Zip(got.GetProperty("departments").EnumerateArray()))
        {
            Assert.Equal(want.GetProperty("code").GetString(), have.GetProperty("code").GetString());
            var budget = have.GetProperty("budget");
            foreach (var field in new[] { "totalExpenditure", "basicExpenditure" })
            {
                Assert.Equal(want.GetProperty("budget").ValueKind == JsonValueKind.Null ? null : want.GetProperty("budget").GetProperty(field).GetRawText(),
                    budget.ValueKind == JsonValueKind.Null ? null : budget.GetProperty(field).GetRawText());
            }
        }
    }

    [Theory]
    [InlineData("", 2022)]
    [InlineData("", 2023)]
    [InlineData("", 2024)]
    [InlineData("(where: { name: { contains: \"数据\" } })", 2023)]
    [InlineData("(first: 3, order: [{ name: ASC }])", 2024)]
    [InlineData("(last: 2)", 2023)]
    [InlineData("", 1999)]
    public async Task Each_listed_total_is_the_departments_own_budget(string arguments, int year)
    {
        var listed = await warehouse.DataAsync($"{{ departments{arguments} {{ code budget(year: {year}) {{ {Budget} }} }} }}");
        var departments = listed.GetProperty("departments").EnumerateArray().ToList();
        Assert.NotEmpty(departments);
        foreach (var department in departments)
        {
            var code = department.GetProperty("code").GetString();
            var alone = await warehouse.DataAsync($"{{ department(code: \"{code}\") {{ budget(year: {year}) {{ {Budget} }} }} }}");
            Assert.Equal(alone.GetProperty("department").GetProperty("budget").GetRawText(), department.GetProperty("budget").GetRawText());
        }
        if (year != 1999)
        {
            Assert.Contains(departments, d => d.GetProperty("budget").ValueKind == JsonValueKind.Object);
        }
    }
}
