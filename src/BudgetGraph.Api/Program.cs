using BudgetGraph.Api;
using BudgetGraph.Api.Admin;
using BudgetGraph.Api.Bench;
using BudgetGraph.Api.Budget;
using BudgetGraph.Api.Explorer;
using BudgetGraph.Api.Http;
using BudgetGraph.Api.Playground;

var builder = WebApplication.CreateBuilder(args);
builder.AddWarehouse(); // WarehouseStartup: provider, migrations, import of data/sources on first start
builder.Services.AddBudgetSchema();
builder.Services.AddGraphQLHttp(builder.Configuration);
builder.Services.AddPlayground();
var app = builder.Build();
app.UseStatementCounting(); // bench-only, off unless Bench:CountStatements is true
app.UseGraphQLHttp();
app.MapGet("/health", () => "ok");
app.MapPlayground();
app.MapExplorer();
app.MapSourceViewer(); // /source/{file}: the text a figure was read from, its cited lines highlighted
app.MapGraphQLHttp();
app.MapAdminImport(app.Configuration);
app.Run();

/// <summary>Entry point; public so that integration tests can start the host.</summary>
public partial class Program;
