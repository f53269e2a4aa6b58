<<<<<<< .merge_file_XFTQBc
using BudgetGraph.Api.Playground;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddPlayground();
=======
using BudgetGraph.Api;
var builder = WebApplication.CreateBuilder(args);
builder.AddWarehouse(); // BudgetGraph.Api.WarehouseStartup: provider, migrations, import of data/sources on first start
>>>>>>> .merge_file_58lbNm
var app = builder.Build();
app.MapGet("/health", () => "ok");
app.MapPlayground();
app.Run();

/// <summary>Entry point; public so that integration tests can start the host.</summary>
public partial class Program;
