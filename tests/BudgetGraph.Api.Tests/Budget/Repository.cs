namespace BudgetGraph.Api.Tests.Budget;

/// <summary>Shared by Api.Tests and Schema.Tests (linked there). The repository the tests run from.</summary>
public static class Repository
{
    /// <summary>The repository root (the folder holding BudgetGraph.sln).</summary>
    public static string Root
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "BudgetGraph.sln")))
                {
                    return dir.FullName;
                }
            }
            throw new InvalidOperationException("BudgetGraph.sln not found above " + AppContext.BaseDirectory);
        }
    }
}
