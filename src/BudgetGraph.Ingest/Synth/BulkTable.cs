using System.Data;
using System.Data.Common;
using System.Text;

namespace BudgetGraph.Ingest.Synth;

/// <summary>
/// Batched inserts into one table through plain ADO.NET, provider-neutral: rows are buffered until
/// <see cref="Flush"/>, then written <see cref="RowsPerStatement"/> at a time by one prepared multi-row
/// <c>INSERT</c> (a one-off command for the last, shorter batch). Values are written as given (ids
/// included), so callers assign keys themselves and never read them back. Buffering until an explicit
/// flush lets the caller write tables in foreign-key order.
/// </summary>
internal sealed class BulkTable : IDisposable
{
    private readonly DbConnection _connection;
    private readonly DbTransaction _transaction;
    private readonly string _table;
    private readonly string[] _columns;
    private readonly List<object?[]> _pending = [];
    private readonly int _rowsPerStatement;
    private DbCommand? _full;

    /// <summary>Rows written so far.</summary>
    public long Written { get; private set; }

    public BulkTable(DbConnection connection, DbTransaction transaction, string table, params string[] columns)
    {
        _connection = connection;
        _transaction = transaction;
        _table = table;
        _columns = columns;
        // About 200 parameters a statement: SQLite looks bound parameters up by name in a linear list, so
        // much longer statements cost more per row than they save.
        _rowsPerStatement = Math.Max(1, 200 / columns.Length);
    }

    /// <summary>The number of rows one statement inserts.</summary>
    public int RowsPerStatement => _rowsPerStatement;

    /// <summary>Rows buffered and not yet written.</summary>
    public int Pending => _pending.Count;

    /// <summary>Buffers one row (values in column order; the array is kept, not copied).</summary>
    public void Add(params object?[] values)
    {
        if (values.Length != _columns.Length)
            throw new ArgumentException($"{_table}: expected {_columns.Length} values, got {values.Length}.", nameof(values));
        _pending.Add(values);
        Written++;
    }

    /// <summary>Writes every buffered row.</summary>
    public void Flush()
    {
        var start = 0;
        for (; start + _rowsPerStatement <= _pending.Count; start += _rowsPerStatement)
        {
            _full ??= Prepare(_rowsPerStatement);
            Execute(_full, start, _rowsPerStatement);
        }
        if (start < _pending.Count)
        {
            using var partial = Prepare(_pending.Count - start);
            Execute(partial, start, _pending.Count - start);
        }
        _pending.Clear();
    }

    private void Execute(DbCommand command, int start, int rows)
    {
        var p = 0;
        for (var r = start; r < start + rows; r++)
            foreach (var value in _pending[r]) command.Parameters[p++].Value = value ?? DBNull.Value;
        command.ExecuteNonQuery();
    }

    private DbCommand Prepare(int rows)
    {
        var sql = new StringBuilder("INSERT INTO \"").Append(_table).Append("\" (")
            .AppendJoin(", ", _columns.Select(c => $"\"{c}\"")).Append(") VALUES ");
        var command = _connection.CreateCommand();
        command.Transaction = _transaction;
        // Each column's parameters get one explicit type (from the column's first non-null value; integer when
        // all are null, as every nullable column here is), so a prepared statement never meets another type.
        var types = new DbType[_columns.Length];
        for (var c = 0; c < _columns.Length; c++)
            types[c] = _pending.Select(row => row[c]).FirstOrDefault(v => v is not null) switch
            {
                string => DbType.String,
                int => DbType.Int32,
                bool => DbType.Boolean,
                _ => DbType.Int64,
            };
        for (var r = 0; r < rows; r++)
        {
            sql.Append(r == 0 ? "(" : ", (");
            for (var c = 0; c < _columns.Length; c++)
            {
                var name = $"@p{r * _columns.Length + c}";
                sql.Append(c == 0 ? name : ", " + name);
                var p = command.CreateParameter();
                p.ParameterName = name;
                p.DbType = types[c];
                command.Parameters.Add(p);
            }
            sql.Append(')');
        }
        command.CommandText = sql.ToString();
        command.Prepare();
        return command;
    }

    /// <inheritdoc />
    public void Dispose() => _full?.Dispose();
}
