using BudgetGraph.Ingest.Load;

namespace BudgetGraph.Api.Tests.Reliability;

/// <summary>
/// SQL Server's failures are classified as SQLite's and PostgreSQL's are (retry, 503, 507), so that its outages are
/// answered as outages. No SQL Server runs here, and SqlClient opens no connection in this build's invariant
/// globalization mode (WarehouseStartupTests): the error numbers are the documented ones.
/// </summary>
public sealed class SqlServerFailureTests
{
    [Theory]
    [InlineData(1205, DatabaseFailureKind.Conflict)] // chosen as the deadlock victim
    [InlineData(2627, DatabaseFailureKind.Conflict)] // unique key: a concurrent import's race
    [InlineData(9002, DatabaseFailureKind.DiskFull)] // the transaction log is full
    [InlineData(1105, DatabaseFailureKind.DiskFull)] // the filegroup is full
    [InlineData(824, DatabaseFailureKind.Corrupt)] // a page failed its checksum
    [InlineData(4060, DatabaseFailureKind.Unavailable)] // the database cannot be opened
    [InlineData(-2, DatabaseFailureKind.Unavailable)] // timeout
    [InlineData(547, DatabaseFailureKind.Other)] // a foreign key violation is a bug, not an outage
    public void Error_numbers_map_to_the_kinds_of_the_other_providers(int number, DatabaseFailureKind kind)
    {
        Assert.Equal(kind, DatabaseFailure.SqlServer(number));
    }
}
