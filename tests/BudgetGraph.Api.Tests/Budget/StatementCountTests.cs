namespace BudgetGraph.Api.Tests.Budget;

/// <summary>
/// No N+1: the SQL statements of a request depend on the shape of the query, not on how many rows it
/// returns. Counted with an EF Core command interceptor.
/// </summary>
[Collection(WarehouseCollection.Name)]
public sealed class StatementCountTests(WarehouseFixture warehouse)
{
    private const string ListHeavy = """
        query($n: Int) { departments(first: $n) { code supervisingDepartment { code }
          budgets { year totalExpenditure source { line }
            execution { actualExpenditure lines { measure executionRate } }
            breakdown { amount children { code amount children { code amount children { name amount children { name amount } } } } } } } }
        """;

    /// <summary>Counted on the execution that sent the fewest (<see cref="WarehouseFixture.FewestStatementsAsync"/>).</summary>
    private Task<(int Count, IReadOnlyList<string> Texts)> CountAsync(string query, object? variables) => warehouse.FewestStatementsAsync(query, variables);

    [Fact]
    public async Task All_departments_with_budgets_execution_and_breakdowns_take_one_statement_per_loader()
    {
        var (all, texts) = await CountAsync(ListHeavy, new { n = 100 });
        // An N+1 repeats one parameterised statement per parent row; batching runs each statement once.
        var repeated = WarehouseFixture.RepeatedStatements(texts);
        Assert.True(repeated.Count == 0, "Statements run more than once:\n" + string.Join("\n---\n", repeated));
        // departments, supervising departments, document years, budget totals, the evaluation report's initial budget
        // (for a year without a budget document), execution amounts and rates, functional rows, categories with line items (one statement).
        Assert.True(all <= 10, $"{all} statements:\n{string.Join("\n---\n", texts)}");
    }

    [Fact]
    public async Task One_department_takes_no_more_statements_than_all()
    {
        var (one, _) = await CountAsync(ListHeavy, new { n = 1 });
        var (all, _) = await CountAsync(ListHeavy, new { n = 100 });
        Assert.InRange(one, 1, all);
    }

    [Fact]
    public async Task Comparison_of_every_department_is_a_fixed_number_of_statements()
    {
        var (two, _) = await CountAsync("""{ compare(year: 2023, departmentCodes: ["szdsj", "psqzsj"], level: ITEM) { rows { code cells { amount } } } }""", null);
        var (three, _) = await CountAsync("""{ compare(year: 2023, departmentCodes: ["szdsj", "psqzsj", "szzsj"], level: ITEM) { rows { code cells { amount } } } }""", null);
        Assert.Equal(two, three);
        Assert.Equal(2, three); // departments by code, functional rows
    }

    [Fact]
    public async Task A_list_of_codes_is_one_statement_text_whatever_its_length()
    {
        // A list a query filters by is one parameter (SqliteWarehouse/PostgreSqlWarehouse.Configure), so its SQL is
        // generated once and cached (and prepared once on PostgreSQL); one parameter per element would make a text per length.
        const string Compare = "{ compare(year: 2023, departmentCodes: [%s], level: CLASS) { rows { code cells { amount } } } }";
        var (_, one) = await CountAsync(Compare.Replace("%s", "\"szdsj\"", StringComparison.Ordinal), null);
        var (_, two) = await CountAsync(Compare.Replace("%s", "\"szdsj\", \"psqzsj\"", StringComparison.Ordinal), null);
        Assert.NotEmpty(one);
        Assert.Equal(one, two);
    }
}
