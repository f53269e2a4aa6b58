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

    private async Task<int> CountAsync(string query, object? variables)
    {
        // Counted on the query's second execution. The first also JIT-compiles the resolvers of its shape, and on a loaded
        // machine a resolver still compiling can let the batch dispatcher send a batch before every parent has asked: one
        // statement split in two by timing, not an N+1 (beside other test classes: 3 failures in 10 runs counted on the
        // first execution, 1 in 9 on the second). An N+1 repeats on every execution.
        await warehouse.DataAsync(query, variables);
        warehouse.Commands.Reset();
        await warehouse.DataAsync(query, variables);
        return warehouse.Commands.Count;
    }

    [Fact]
    public async Task All_departments_with_budgets_execution_and_breakdowns_take_one_statement_per_loader()
    {
        var all = await CountAsync(ListHeavy, new { n = 100 });
        var texts = warehouse.Commands.Texts;
        // An N+1 repeats one parameterised statement per parent row; batching runs each statement once.
        var repeated = texts.GroupBy(t => t).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        Assert.True(repeated.Count == 0, "Statements run more than once:\n" + string.Join("\n---\n", repeated));
        // departments, supervising departments, document years, budget totals, the evaluation report's initial budget
        // (for a year without a budget document), execution amounts and rates, functional rows, categories with line items (one statement).
        Assert.True(all <= 10, $"{all} statements:\n{string.Join("\n---\n", texts)}");
    }

    [Fact]
    public async Task One_department_takes_no_more_statements_than_all()
    {
        var one = await CountAsync(ListHeavy, new { n = 1 });
        var all = await CountAsync(ListHeavy, new { n = 100 });
        Assert.InRange(one, 1, all);
    }

    [Fact]
    public async Task Comparison_of_every_department_is_a_fixed_number_of_statements()
    {
        var two = await CountAsync("""{ compare(year: 2023, departmentCodes: ["szdsj", "psqzsj"], level: ITEM) { rows { code cells { amount } } } }""", null);
        var three = await CountAsync("""{ compare(year: 2023, departmentCodes: ["szdsj", "psqzsj", "szzsj"], level: ITEM) { rows { code cells { amount } } } }""", null);
        Assert.Equal(two, three);
        Assert.Equal(2, three); // departments by code, functional rows
    }
}
