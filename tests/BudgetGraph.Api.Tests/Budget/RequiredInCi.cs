namespace BudgetGraph.Api.Tests.Budget;

/// <summary>
/// The one rule for tests that need something from the machine (a browser, node, a database or Redis server): outside
/// CI a machine without it reports the test as SKIPPED, never as passed; in CI (<c>CI=true</c>, where .ci/run provides
/// it) the test runs regardless, so a missing tool FAILS it. Shared by Api.Tests and Schema.Tests (linked there).
/// </summary>
public static class RequiredInCi
{
    /// <summary>True in CI (<c>CI=true</c>), where a missing tool is a failure, not a skip.</summary>
    public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The skip reason of a test that needs what <paramref name="missing"/> says is missing (null when nothing is, or in CI);
    /// <paramref name="tests"/> names the kind of test, e.g. "browser tests".
    /// </summary>
    public static string? SkipReason(string? missing, string tests) =>
        missing is null || IsCi ? null : $"{missing}; {tests} are skipped outside CI and fail in CI.";
}
