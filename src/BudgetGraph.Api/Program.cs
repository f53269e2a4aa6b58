using BudgetGraph.Api;
using BudgetGraph.Api.Admin;
using BudgetGraph.Api.Bench;
using BudgetGraph.Api.Explorer;
using BudgetGraph.Api.Http;
using BudgetGraph.Api.Observability;
using BudgetGraph.Api.Playground;
using BudgetGraph.Api.Reliability;
using BudgetGraph.GraphSchema;

var builder = WebApplication.CreateBuilder(args);
builder.AddObservability(); // Observability/: /metrics, OTLP traces and metrics; before AddWarehouse, so the first import is counted
builder.AddWarehouse(); // WarehouseStartup: provider, migrations, import of data/sources on first start
builder.Services.AddGraphQLHttp(builder.Configuration);
// /graphql: the budget schema of src/BudgetGraph.Schema on HotChocolate's server, behind our front door.
builder.Services.AddHotChocolateHttp(builder.Configuration).AddBudgetSchema(HotChocolateHttp.LimitsOf(builder.Configuration));
builder.Services.AddPlayground();
var app = builder.Build();
app.UseStatementCounting(); // bench-only, off unless Bench:CountStatements is true
app.MapMemoryReport(); // bench-only, off unless Bench:MemoryReport is true
app.MapSqlFloor(); // bench-only, off unless Bench:SqlFloor is true
app.UseGraphQLHttp();
app.MapMetrics(); // /metrics (Prometheus text) when Metrics:Enabled is true
app.MapHealth(); // /health/live, /health/ready (the database) and /health (= ready)
app.MapPlayground();
app.MapExplorer();
app.MapSourceViewer(); // /source/{file}: the text a figure was read from, its cited lines highlighted
app.MapHotChocolateHttp();
app.MapAdminImport(app.Configuration);
try
{
    await app.RunAsync();
}
catch (Exception e) when (StartFailure.Find(e) is { } failure)
{
    // A warehouse that cannot be used is the operator's to fix, not a crash: one line saying what and how, exit code 1.
    StartFailure.Log(app.Logger, failure.Message);
    await app.DisposeAsync();
    return 1;
}
return 0;

/// <summary>Entry point; public so that integration tests can start the host.</summary>
public partial class Program;
