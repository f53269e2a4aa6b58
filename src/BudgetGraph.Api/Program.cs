using BudgetGraph.Api;
using BudgetGraph.Api.Playground;

var builder = WebApplication.CreateBuilder(args);
builder.AddWarehouse(); // WarehouseStartup: provider, migrations, import of data/sources on first start
builder.Services.AddPlayground();
var app = builder.Build();
app.MapGet("/health", () => "ok");
app.MapPlayground();
app.Run();

/// <summary>Entry point; public so that integration tests can start the host.</summary>
public partial class Program;
