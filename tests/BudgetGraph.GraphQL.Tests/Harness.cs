using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using BudgetGraph.GraphQL.Execution;
using BudgetGraph.GraphQL.Types;
using BudgetGraph.GraphQL.Utilities;

namespace BudgetGraph.GraphQL.Tests;

/// <summary>Runs requests against an SDL schema with a JSON root value and returns the compact JSON response.</summary>
internal static class Harness
{
    /// <summary>Builds an SDL schema whose <c>echo*</c> fields answer with the JSON of their coerced arguments.</summary>
    public static Schema BuildEchoSchema(string sdl)
    {
        var schema = SdlSchemaBuilder.Build(sdl);
        foreach (var type in schema.Types)
        {
            if (type is ObjectType o && !o.Name.StartsWith("__", StringComparison.Ordinal))
            {
                foreach (var field in o.Fields.Values)
                {
                    if (field.Name.StartsWith("echo", StringComparison.Ordinal))
                    {
                        field.SyncResolver = ctx => JsStringify(ctx.Arguments);
                    }
                }
            }
        }
        return schema;
    }

    public static async Task<string> RunAsync(Schema schema, string query, string? dataJson = null, string? variablesJson = null,
        string? operationName = null)
    {
        var executor = new GraphQLExecutor(schema, new GraphQLExecutorOptions { Subscriptions = SubscriptionMode.ExecuteOnce });
        return await RunAsync(executor, query, dataJson, variablesJson, operationName);
    }

    public static async Task<string> RunAsync(GraphQLExecutor executor, string query, string? dataJson = null, string? variablesJson = null,
        string? operationName = null)
    {
        var request = new GraphQLRequest
        {
            Query = query,
            OperationName = operationName,
            Variables = variablesJson is null ? null : JsonDocument.Parse(variablesJson).RootElement,
            RootValue = dataJson is null ? null : JsonDocument.Parse(dataJson).RootElement,
        };
        var result = await executor.ExecuteAsync(request, CancellationToken.None);
        return result.ToJson();
    }

    public static async Task<string> RunAsync(string sdl, string query, string? dataJson = null, string? variablesJson = null,
        string? operationName = null) =>
        await RunAsync(BuildEchoSchema(sdl), query, dataJson, variablesJson, operationName);

    /// <summary>Asserts two JSON texts are equal ignoring whitespace (key order matters).</summary>
    public static void AssertJson(string expected, string actual)
    {
        var e = JsonNode.Parse(expected);
        var a = JsonNode.Parse(actual);
        Assert.True(JsonNode.DeepEquals(e, a), $"expected {e?.ToJsonString()}\n  actual {a?.ToJsonString()}");
        Assert.Equal(e?.ToJsonString(), a?.ToJsonString());
    }

    /// <summary>JavaScript's JSON.stringify for the engine's coerced input values.</summary>
    public static string JsStringify(object? value)
    {
        var sb = new StringBuilder();
        Write(sb, value);
        return sb.ToString();
    }

    private static void Write(StringBuilder sb, object? value)
    {
        switch (value)
        {
            case null:
                sb.Append("null");
                break;
            case string s:
                sb.Append(Inspect.JsonString(s));
                break;
            case bool b:
                sb.Append(b ? "true" : "false");
                break;
            case double d:
                sb.Append(JsNumber.Format(d));
                break;
            case decimal m:
                sb.Append(JsNumber.Format(m));
                break;
            case int or long:
                sb.Append(Convert.ToString(value, CultureInfo.InvariantCulture));
                break;
            case IEnumerable<KeyValuePair<string, object?>> dict:
                sb.Append('{');
                var first = true;
                foreach (var (k, v) in dict)
                {
                    if (!first)
                    {
                        sb.Append(',');
                    }
                    first = false;
                    sb.Append(Inspect.JsonString(k)).Append(':');
                    Write(sb, v);
                }
                sb.Append('}');
                break;
            case System.Collections.IEnumerable list:
                sb.Append('[');
                var firstItem = true;
                foreach (var item in list)
                {
                    if (!firstItem)
                    {
                        sb.Append(',');
                    }
                    firstItem = false;
                    Write(sb, item);
                }
                sb.Append(']');
                break;
            default:
                sb.Append(Inspect.JsonString(value.ToString() ?? ""));
                break;
        }
    }
}
