using System.Text.Json.Nodes;
using BudgetGraph.Api.Tests.Budget;

namespace BudgetGraph.GraphSchema.Tests;

/// <summary>
/// Refused inputs answer the same on both engines: an unknown department code is a field error with data, the message
/// naming the codes word for word and <c>extensions.code</c> NOT_FOUND (the shared <c>UnknownDepartments</c>).
/// </summary>
[Collection(ParityCollection.Name)]
public sealed class ErrorParityTests(ParityFixture warehouse)
{
    [Theory]
    [InlineData("{ compare(year: 2023, departmentCodes: [\"szdsj\", \"nope\", \"nada\"]) { totals { amount } } }", "compare",
        "Unknown department codes in \"departmentCodes\": \"nope\", \"nada\". Query `departments { code name }` for the codes.")]
    [InlineData("{ breakdown(year: 2023, departmentCodes: [\"nope\"]) { amount } }", "breakdown",
        "Unknown department code in \"departmentCodes\": \"nope\". Query `departments { code name }` for the codes.")]
    [InlineData("{ yearOverYear(departmentCode: \"nope\") { years } }", "yearOverYear",
        "Unknown department code in \"departmentCode\": \"nope\". Query `departments { code name }` for the codes.")]
    public async Task An_unknown_department_code_is_NOT_FOUND_on_both_engines(string query, string field, string message)
    {
        var old = await warehouse.RunAsync(query);
        var hot = await warehouse.RunOnHotChocolateAsync(query);
        // The same data beside the error (null where a non-null field fails, as the spec propagates it).
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(old.GetProperty("data").GetRawText()), JsonNode.Parse(hot.GetProperty("data").GetRawText())),
            $"old: {old.GetProperty("data")}\nHotChocolate: {hot.GetProperty("data")}");
        foreach (var (engine, answer) in new[] { ("old", old), ("HotChocolate", hot) })
        {
            var error = Assert.Single(answer.GetProperty("errors").EnumerateArray());
            Assert.Equal((engine, message), (engine, error.GetProperty("message").GetString()));
            Assert.Equal((engine, "NOT_FOUND"), (engine, error.GetProperty("extensions").GetProperty("code").GetString()));
            Assert.Equal((engine, field), (engine, error.GetProperty("path")[0].GetString()));
        }
        ResponseSnapshot.Match("ErrorParityTests.unknown-department-" + field, query, hot);
    }
}
