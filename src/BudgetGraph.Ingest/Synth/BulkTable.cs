using System.Data;
using System.Data.Common;
using System.Globalization;
using System.Text;
using Npgsql;

namespace BudgetGraph.Ingest.Synth;

/// <summary>
/// Batched inserts into one table through plain ADO.NET, provider-neutral: rows are buffered until
/// <see cref="Flush"/>, then written <see cref="RowsPerStatement"/> at a time by one prepared multi-row
/// <c>INSERT</c> (a one-off command for the last, shorter batch). Values are written as given (ids
/// included), so callers assign keys themselves and never read them back. Buffering until an explicit
/// flush lets the caller write tables in foreign-key order. On PostgreSQL the rows go through one
/// <c>COPY … FROM STDIN</c> per flush instead (text format, so the server converts each value to its
/// column's type exactly as an <c>INSERT</c> would): about ten times the rows per second of the batched
/// inserts, which is what makes a 10,000-department warehouse a matter of minutes, not an hour.
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
        if (_connection is NpgsqlConnection postgres)
        {
            Copy(postgres);
            _pending.Clear();
            return;
        }
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

    /// <summary>Writes the buffered rows with one <c>COPY</c> (it runs in the connection's open transaction).</summary>
    private void Copy(NpgsqlConnection connection)
    {
        if (_pending.Count == 0) return;
        var columns = string.Join(", ", _columns.Select(c => $"\"{c}\""));
        using var writer = connection.BeginTextImport($"COPY \"{_table}\" ({columns}) FROM STDIN");
        var line = new StringBuilder();
        foreach (var row in _pending)
        {
            line.Clear();
            for (var c = 0; c < row.Length; c++)
            {
                if (c > 0) line.Append('\t');
                AppendCopyValue(line, row[c]);
            }
            writer.Write(line.Append('\n'));
        }
    }

    /// <summary>
    /// One value in COPY's text format: <c>\N</c> is null, booleans are <c>t</c>/<c>f</c>, numbers invariant, and
    /// in text a backslash, tab, newline or carriage return is escaped (they would end the value or the row).
    /// </summary>
    internal static void AppendCopyValue(StringBuilder line, object? value)
    {
        switch (value)
        {
            case null or DBNull:
                line.Append("\\N");
                break;
            case bool b:
                line.Append(b ? 't' : 'f');
                break;
            case string text:
                foreach (var ch in text)
                {
                    _ = ch switch
                    {
                        '\\' => line.Append("\\\\"),
                        '\t' => line.Append("\\t"),
                        '\n' => line.Append("\\n"),
                        '\r' => line.Append("\\r"),
                        _ => line.Append(ch),
                    };
                }
                break;
            case IFormattable formattable:
                line.Append(formattable.ToString(null, CultureInfo.InvariantCulture));
                break;
            default:
                throw new ArgumentException($"COPY cannot write a value of type {value.GetType().Name}.", nameof(value));
        }
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
