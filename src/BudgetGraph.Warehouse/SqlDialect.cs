namespace BudgetGraph.Warehouse;

/// <summary>
/// The spellings the warehouse's raw SQL needs that differ between its providers. SQLite and PostgreSQL share one
/// (<see cref="Standard"/>); SQL Server (<see cref="SqlServer"/>) concatenates with <c>+</c> (NULL still propagates: SQL
/// Server's CONCAT_NULL_YIELDS_NULL is on), names LEN and SUBSTRING, has no Boolean expressions as values (a BIT), and
/// needs N'…' for text outside its code page (the Chinese names). Double-quoted identifiers are the same on all three
/// (SQL Server's QUOTED_IDENTIFIER is on for every SqlClient connection).
/// </summary>
/// <param name="Concat">The string concatenation operator.</param>
/// <param name="Length">The function giving a string's length.</param>
/// <param name="Substring">The function <c>(string, start, length)</c>, 1-based.</param>
/// <param name="True">A true Boolean value.</param>
/// <param name="National">The prefix of a string literal that may hold any character.</param>
public sealed record SqlDialect(string Concat, string Length, string Substring, string True, string National)
{
    /// <summary>SQLite and PostgreSQL.</summary>
    public static SqlDialect Standard { get; } = new("||", "LENGTH", "SUBSTR", "1 = 1", "");

    /// <summary>SQL Server (untested against a live server: its statements are checked by parsing them).</summary>
    public static SqlDialect SqlServer { get; } = new("+", "LEN", "SUBSTRING", "CAST(1 AS BIT)", "N");

    /// <summary>EF Core's provider name of SQL Server.</summary>
    public const string SqlServerProvider = "Microsoft.EntityFrameworkCore.SqlServer";

    /// <summary>The dialect of an EF Core provider (<c>db.Database.ProviderName</c>).</summary>
    public static SqlDialect Of(string? providerName) => providerName == SqlServerProvider ? SqlServer : Standard;
}
