// EF Core migrations of the warehouse for SQLite.
