using BudgetGraph.GraphQL.Execution;
using BudgetGraph.GraphQL.Types;

namespace BudgetGraph.GraphQL.Tests;

public enum Unit
{
    Yuan,
    TenThousandYuan,
    Legacy,
}

public sealed record Department(string Code, string Name, string? ParentCode);

public sealed record BudgetLine(int Id, string DepartmentCode, int Year, decimal Amount, Unit Unit);

public sealed record LineFilter(int Year, decimal? MinAmount, Unit Unit = Unit.Yuan);

/// <summary>A small code-first schema shaped like the product's budget schema, with an in-memory store.</summary>
internal static class CodeFirstSamples
{
    public static readonly Department[] Departments =
    {
        new("A01", "财政局", null),
        new("A02", "教育局", "A01"),
        new("A03", "卫生局", "A01"),
    };

    public static readonly BudgetLine[] Lines =
    {
        new(1, "A01", 2024, 44972.11m, Unit.Yuan),
        new(2, "A02", 2024, 1234567890.12m, Unit.Yuan),
        new(3, "A02", 2023, 0.1m, Unit.TenThousandYuan),
        new(4, "A03", 2024, 7m, Unit.Yuan),
    };

    /// <summary>Counts calls of the departments batch function (for DataLoader tests).</summary>
    public static int DepartmentBatchCalls;

    public static Schema BudgetLikeSchema() => new SchemaBuilder()
        .Description("Budget test schema built in code.")
        .Enum<Unit>("Unit", e => e
            .Description("Units amounts are published in.")
            .Value(Unit.Yuan, description: "One yuan.")
            .Value(Unit.Legacy, deprecationReason: "No longer published."))
        .Interface<object>("Node", i => i.Field("id", "ID!"))
        .Object<Department>("Department", t => t
            .Description("A budget unit (部门).")
            .Implements("Node")
            .Field("id", "ID!", d => d.Code)
            .Field("code", "String!", d => d.Code)
            .Field("name", "String!", d => d.Name)
            .FieldAsync("parent", "Department", (d, ctx) => d.ParentCode is null
                ? Task.FromResult<Department?>(null)
                : DepartmentLoader(ctx).LoadAsync(d.ParentCode))
            .Field("lines", "[BudgetLine!]!", (d, ctx) => Lines.Where(l => l.DepartmentCode == d.Code && l.Year == ctx.Argument<int>("year")),
                f => f.Argument("year", "Int!", "Budget year.")))
        .Object<BudgetLine>("BudgetLine", t => t
            .Implements("Node")
            .Field("id", "ID!", l => l.Id)
            .Field("amount", "Decimal!", l => l.Amount, f => f.Description("Exact amount."))
            .Field("unit", "Unit!", l => l.Unit)
            .Field("oldAmount", "Float", l => (double)l.Amount, f => f.Deprecated("Use `amount`."))
            .FieldAsync("department", "Department!", (l, ctx) => DepartmentLoader(ctx).LoadAsync(l.DepartmentCode)))
        .Input("LineFilter", i => i
            .Description("Which lines.")
            .Field("year", "Int!")
            .Field("minAmount", "Decimal")
            .Field("unit", "Unit", defaultValue: Unit.Yuan))
        .Input("DepartmentKey", i => i.OneOf().Field("code", "String").Field("name", "String"))
        .Query(q => q
            .Field("departments", "[Department!]!", (_, _) => Departments)
            .Field("department", "Department", (_, ctx) =>
            {
                var key = ctx.Argument<Dictionary<string, object?>>("key");
                return Departments.FirstOrDefault(d => key.TryGetValue("code", out var c) ? d.Code == (string?)c : d.Name == (string?)key["name"]);
            }, f => f.Argument("key", "DepartmentKey!"))
            .Field("lines", "[BudgetLine!]!", (_, ctx) =>
            {
                var filter = ctx.Argument<LineFilter>("filter");
                return Lines.Where(l => l.Year == filter.Year && (filter.MinAmount is null || l.Amount >= filter.MinAmount) && l.Unit == filter.Unit);
            }, f => f.Argument("filter", "LineFilter!"))
            .Field("total", "Decimal!", (_, ctx) => Lines.Where(l => l.Year == ctx.Argument<int>("year")).Sum(l => l.Amount),
                f => f.Argument("year", "Int!", defaultValue: 2024))
            .FieldAsync("slow", "String", async (_, ctx) =>
            {
                await Task.Delay(TimeSpan.FromSeconds(30), ctx.CancellationToken);
                return "done";
            })
            .Field<string?>("secret", "String", (_, _) => throw new InvalidOperationException("connection string leaked: Server=db;Password=x"))
            .Field<string?>("forbidden", "String", (_, _) => throw new GraphQLException("Not allowed.",
                new Dictionary<string, object?> { ["code"] = "FORBIDDEN" }))
            .Field("node", "Node", (_, ctx) => (object?)Departments.FirstOrDefault(d => d.Code == ctx.Argument<string>("id"))
                ?? Lines.FirstOrDefault(l => l.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) == ctx.Argument<string>("id")),
                f => f.Argument("id", "ID!")))
        .Build();

    private static DataLoader<string, Department> DepartmentLoader(ResolveContext ctx) =>
        ctx.DataLoader<string, Department>("departments", (codes, _) =>
        {
            Interlocked.Increment(ref DepartmentBatchCalls);
            IReadOnlyDictionary<string, Department> found = Departments.Where(d => codes.Contains(d.Code)).ToDictionary(d => d.Code);
            return Task.FromResult(found);
        });
}
