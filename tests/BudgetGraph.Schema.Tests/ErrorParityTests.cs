using BudgetGraph.Api.Tests.Budget;

namespace BudgetGraph.GraphSchema.Tests;

/// <summary>
/// An unknown department code is a field error with data, the message naming the codes word for word and
/// <c>extensions.code</c> NOT_FOUND (the shared <c>UnknownDepartments</c>). The whole answer is its snapshot
/// (__snapshots__/ErrorParityTests.*.snap), written from an answer equal to the home-made engine's (data, message, code
/// and path) while both engines existed.
/// </summary>
[Collection(SchemaCollection.Name)]
public sealed class ErrorParityTests(SchemaFixture warehouse)
{
    [Theory]
    [InlineData("{ compare(year: 2023, departmentCodes: [\"szdsj\", \"nope\", \"nada\"]) { totals { amount } } }", "compare",
        "Unknown department codes in \"departmentCodes\": \"nope\", \"nada\". Query `departments { code name }` for the codes.")]
    [InlineData("{ breakdown(year: 2023, departmentCodes: [\"nope\"]) { amount } }", "breakdown",
        "Unknown department code in \"departmentCodes\": \"nope\". Query `departments { code name }` for the codes.")]
    [InlineData("{ yearOverYear(departmentCode: \"nope\") { years } }", "yearOverYear",
        "Unknown department code in \"departmentCode\": \"nope\". Query `departments { code name }` for the codes.")]
    public async Task An_unknown_department_code_is_NOT_FOUND(string query, string field, string message)
    {
        var answer = await warehouse.RunAsync(query);
        var error = Assert.Single(answer.GetProperty("errors").EnumerateArray());
        Assert.Equal(message, error.GetProperty("message").GetString());
        Assert.Equal("NOT_FOUND", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal(field, error.GetProperty("path")[0].GetString());
        // The data beside the error (null where a non-null field fails, as the spec propagates it).
        ResponseSnapshot.Match("ErrorParityTests.unknown-department-" + field, query, answer);
    }

    [Theory]
    // The summed breakdown counts the named departments its statement finds (FigureReader.FunctionalTreeSumAsync): a known
    // code, with figures that year or without, must not hide an unknown one beside it.
    [InlineData("\"szdsj\", \"nope\"")]
    [InlineData("\"szzsj\", \"szdsj\", \"nope\"")]
    public async Task An_unknown_code_beside_known_ones_is_NOT_FOUND_in_a_breakdown(string codes)
    {
        var answer = await warehouse.RunAsync($"{{ breakdown(year: 2023, departmentCodes: [{codes}]) {{ amount }} }}");
        var error = Assert.Single(answer.GetProperty("errors").EnumerateArray());
        Assert.Equal("Unknown department code in \"departmentCodes\": \"nope\". Query `departments { code name }` for the codes.",
            error.GetProperty("message").GetString());
        Assert.Equal("NOT_FOUND", error.GetProperty("extensions").GetProperty("code").GetString());
    }
}
