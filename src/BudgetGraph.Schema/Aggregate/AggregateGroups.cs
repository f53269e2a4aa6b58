using BudgetGraph.GraphSchema;
using BudgetGraph.Warehouse.Dimensions;

namespace BudgetGraph.GraphSchema.Aggregate;

/// <summary>
/// Sums rows (or partial groups summed by the database) into groups keyed by the grouped dimensions, one
/// accumulator per group: memory grows with the number of groups, never with the number of rows.
/// A basic or project part is null in a group as soon as one of its rows does not publish it.
/// </summary>
internal sealed class AggregateGroups(List<AggregateDimension> dims, bool derived, bool published)
{
    private readonly bool _department = dims.Contains(AggregateDimension.Department);
    private readonly bool _kind = dims.Contains(AggregateDimension.DepartmentKind);
    private readonly bool _year = dims.Contains(AggregateDimension.Year);
    private readonly bool _code = dims.Contains(AggregateDimension.FunctionalSubject);
    private readonly bool _economic = dims.Contains(AggregateDimension.EconomicSubject);
    private readonly bool _category = dims.Contains(AggregateDimension.ProjectCategory);
    private readonly bool _stage = dims.Contains(AggregateDimension.Stage);
    private readonly Dictionary<Key, Sums> _groups = new();

    private readonly record struct Key(string? Department, DepartmentKind? Kind, int? Year, string? Code, string? Economic, string? Category, BudgetStage? Stage);

    private sealed class Sums(int departmentId)
    {
        public readonly int DepartmentId = departmentId;
        public long Total;
        public long? Basic = 0;
        public long? Project = 0;
        public int RowCount;
    }

    /// <summary>Adds one published row to its group.</summary>
    public void Add(AggregateRow r) => Add(new Key(
        _department ? r.DepartmentCode : null,
        _kind ? r.DepartmentKind : null,
        _year ? r.Year : null,
        _code ? r.Code : null,
        _economic ? r.EconomicCode : null,
        _category ? r.ProjectCategory : null,
        _stage ? r.Stage : null), r.DepartmentId, r.Total, r.Basic, r.Project, 1);

    /// <summary>Adds a group the database summed (its key holds only grouped dimensions).</summary>
    public void Add(FigureGroup g) =>
        Add(new Key(g.DepartmentCode, g.Kind, g.Year, g.Code, g.EconomicCode, g.ProjectCategory, g.StageId is { } s ? (BudgetStage)s : null), g.DepartmentId ?? 0,
            g.Total, g.MissingBasic > 0 ? null : g.Basic, g.MissingProject > 0 ? null : g.Project, g.RowCount);

    private void Add(Key key, int departmentId, long total, long? basic, long? project, int rows)
    {
        if (!_groups.TryGetValue(key, out var sums))
        {
            _groups[key] = sums = new Sums(departmentId);
        }
        sums.Total += total;
        sums.Basic = sums.Basic + basic;
        sums.Project = sums.Project + project;
        sums.RowCount += rows;
    }

    /// <summary>The groups in key order (department, kind, year, code, economic code, category, stage; ordinal strings, nulls first).</summary>
    public List<AggregateGroupValue> Result()
    {
        var grand = _groups.Values.Sum(s => s.Total);
        return _groups
            .OrderBy(x => x.Key.Department, StringComparer.Ordinal).ThenBy(x => x.Key.Kind).ThenBy(x => x.Key.Year)
            .ThenBy(x => x.Key.Code, StringComparer.Ordinal).ThenBy(x => x.Key.Economic, StringComparer.Ordinal)
            .ThenBy(x => x.Key.Category, StringComparer.Ordinal).ThenBy(x => x.Key.Stage)
            .Select((x, i) => new AggregateGroupValue(i, x.Key.Department is null ? null : x.Value.DepartmentId, x.Key.Department, x.Key.Kind, x.Key.Year,
                x.Key.Code, x.Key.Economic, x.Key.Category, x.Key.Stage, x.Value.Total, x.Value.Basic, x.Value.Project, x.Value.RowCount, grand,
                derived, published))
            .ToList();
    }
}
