using System.Text.Json;
using BudgetGraph.Warehouse;
using Microsoft.EntityFrameworkCore;

namespace BudgetGraph.Api.Bench;

/// <summary>
/// Bench-only (configuration <c>Bench:SqlFloor</c> = true; off by default, never in a deployment): the HTTP floor of
/// scripts/bench.sh. <c>GET /bench/sql/{query}?year=&amp;codes=a,b&amp;contains=</c> runs the query's hand-written
/// statement (<see cref="SqlFloorStatements"/>) on the warehouse connection the API itself uses (same provider, same
/// pool) and writes every row as a JSON array of arrays. It has what any HTTP answer costs (Kestrel, routing, a
/// connection from the pool, JSON) and nothing of GraphQL, so API ÷ this floor is what the GraphQL layer costs.
/// </summary>
public static class SqlFloorEndpoint
{
    /// <summary>The route, below the other bench-only paths.</summary>
    public const string Route = "/bench/sql/{query}";

    /// <summary>Maps the endpoint when <c>Bench:SqlFloor</c> is true.</summary>
    public static WebApplication MapSqlFloor(this WebApplication app)
    {
        if (!app.Configuration.GetValue("Bench:SqlFloor", false)) return app;
        app.MapGet(Route, async (string query, int year, string? codes, string? contains, IDbContextFactory<WarehouseDbContext> contexts,
            HttpContext http, CancellationToken ct) =>
        {
            string sql;
            try
            {
                sql = SqlFloorStatements.Sql(query, year, (codes ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries), contains ?? "");
            }
            catch (ArgumentException e)
            {
                return Results.BadRequest(e.Message);
            }
            await using var db = await contexts.CreateDbContextAsync(ct);
            await db.Database.OpenConnectionAsync(ct);
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText = sql;
            await using var reader = await command.ExecuteReaderAsync(ct);
            http.Response.ContentType = "application/json";
            await using var json = new Utf8JsonWriter(http.Response.BodyWriter);
            json.WriteStartArray();
            while (await reader.ReadAsync(ct))
            {
                json.WriteStartArray();
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    switch (reader.IsDBNull(i) ? null : reader.GetValue(i))
                    {
                        case null: json.WriteNullValue(); break;
                        case string s: json.WriteStringValue(s); break;
                        case long l: json.WriteNumberValue(l); break;
                        case int n: json.WriteNumberValue(n); break;
                        case decimal m: json.WriteNumberValue(m); break;
                        case double d: json.WriteNumberValue(d); break;
                        case var other: json.WriteStringValue(Convert.ToString(other, System.Globalization.CultureInfo.InvariantCulture)); break;
                    }
                }
                json.WriteEndArray();
            }
            json.WriteEndArray();
            await json.FlushAsync(ct);
            return Results.Empty;
        });
        return app;
    }
}
