using BudgetGraph.GraphSchema.Shared;
using System.Collections;
using System.Linq.Expressions;
using System.Reflection;
using BudgetGraph.GraphSchema;

namespace BudgetGraph.GraphSchema.Filtering;

/// <summary>How a filterable field compares: text, whole number, enum, or money in yuan.</summary>
public enum FilterKind
{
    /// <summary>A string column: eq neq in nin contains startsWith endsWith.</summary>
    String,
    /// <summary>An int column: eq neq in nin gt gte lt lte.</summary>
    Int,
    /// <summary>An enum column: eq neq in nin.</summary>
    Enum,
    /// <summary>A yuan column (long) filtered with Decimal amounts in the request's unit.</summary>
    Amount,
}

/// <summary>
/// One filterable and sortable field of an entity: its GraphQL name, its column expression, how it compares
/// (with the engine's GraphQL enum type for enum columns: the schema that declares the input types owns it) and its description.
/// </summary>
public sealed record FilterField(string Name, LambdaExpression Column, FilterKind Kind, string Description, object? Enum = null)
{
    /// <summary>A field over <typeparamref name="T"/>.</summary>
    public static FilterField Of<T, TColumn>(string name, Expression<Func<T, TColumn>> column, FilterKind kind, string description,
        object? enumType = null) => new(name, column, kind, description, enumType);
}

/// <summary>
/// Translates HotChocolate-shaped filter and sort inputs (<c>where: { name: { contains: "…" }, or: [...] }</c>,
/// <c>order: [{ amount: DESC }]</c>) into LINQ expression trees over an entity, so the whole filter runs
/// inside one SQL statement. Amounts are given in an <see cref="AmountUnit"/> and compared exactly against
/// integer yuan columns (a bound finer than one yuan is rounded in the direction that keeps the comparison's
/// meaning, e.g. <c>gt: 0.00005</c> 万元 is <c>&gt; 0</c> yuan).
/// </summary>
public sealed class FilterTranslator<T>(string inputName, IReadOnlyList<FilterField> fields)
{
    private readonly Dictionary<string, FilterField> _fields = fields.ToDictionary(f => f.Name);

    /// <summary>The fields, in declaration order.</summary>
    public IReadOnlyList<FilterField> Fields { get; } = fields;

    /// <summary>The predicate of a <c>where</c> input (null: no filter).</summary>
    public Expression<Func<T, bool>>? Where(IReadOnlyDictionary<string, object?>? where, AmountUnit unit)
    {
        if (where is null)
        {
            return null;
        }
        var p = Expression.Parameter(typeof(T), "e");
        var body = Object(where, p, unit, inputName);
        if (body is not null)
        {
            FilterConditions.Check(FilterConditions.Count(body), "where");
        }
        return body is null ? null : Expression.Lambda<Func<T, bool>>(body, p);
    }

    /// <summary>
    /// Applies <c>order</c> (a list of single-key sort inputs), then <paramref name="tieBreak"/> for a stable order. The
    /// tie-break keeps its own type: widened (an int key to long, say) it becomes a CAST in SQL, which no index serves.
    /// </summary>
    public IOrderedQueryable<T> Order<TKey>(IQueryable<T> query, IEnumerable<object?>? order, Expression<Func<T, TKey>> tieBreak, bool reverse = false)
    {
        IOrderedQueryable<T>? ordered = null;
        foreach (var item in order ?? [])
        {
            if (item is not IReadOnlyDictionary<string, object?> sort)
            {
                continue;
            }
            foreach (var (name, direction) in sort)
            {
                if (direction is null)
                {
                    continue;
                }
                var descending = direction is SortDirection.Desc;
                ordered = ThenBy(query, ordered, _fields[name].Column, descending ^ reverse);
            }
        }
        return ThenBy(query, ordered, tieBreak, reverse);
    }

    private static IOrderedQueryable<T> ThenBy(IQueryable<T> query, IOrderedQueryable<T>? ordered, LambdaExpression key, bool descending)
    {
        var name = (ordered is null ? "OrderBy" : "ThenBy") + (descending ? "Descending" : "");
        var method = typeof(Queryable).GetMethods()
            .Single(m => m.Name == name && m.GetParameters().Length == 2)
            .MakeGenericMethod(typeof(T), key.ReturnType);
        return (IOrderedQueryable<T>)method.Invoke(null, [(IQueryable<T>?)ordered ?? query, key])!;
    }

    private Expression? Object(IReadOnlyDictionary<string, object?> input, ParameterExpression p, AmountUnit unit, string path)
    {
        Expression? result = null;
        foreach (var (name, value) in input)
        {
            if (value is null)
            {
                continue;
            }
            Expression? part = name switch
            {
                "and" => Combine(Items(value).Select((o, i) => Object(o, p, unit, $"{path}.and[{i}]")), Expression.AndAlso, true),
                "or" => Combine(Items(value).Select((o, i) => Object(o, p, unit, $"{path}.or[{i}]")), Expression.OrElse, false),
                _ => Field(_fields[name], (IReadOnlyDictionary<string, object?>)value, p, unit, $"{path}.{name}"),
            };
            result = result is null ? part : part is null ? result : Expression.AndAlso(result, part);
        }
        return result;
    }

    private static IEnumerable<IReadOnlyDictionary<string, object?>> Items(object value) =>
        ((IEnumerable)value).Cast<IReadOnlyDictionary<string, object?>>();

    /// <summary>and of nothing is true; or of nothing is false (an empty <c>or</c> matches no row).</summary>
    private static Expression Combine(IEnumerable<Expression?> parts, Func<Expression, Expression, BinaryExpression> op, bool empty)
    {
        // Balanced: a long and/or list must not become a tree as deep as it is long (see BalancedExpression).
        return BalancedExpression.Combine([.. parts.Select(part => part ?? Expression.Constant(true))], op) ?? Expression.Constant(empty);
    }

    private static Expression? Field(FilterField field, IReadOnlyDictionary<string, object?> ops, ParameterExpression p, AmountUnit unit, string path)
    {
        var column = Lambdas.Inline(field.Column, p);
        Expression? result = null;
        foreach (var (op, value) in ops)
        {
            if (value is null && op is not ("eq" or "neq"))
            {
                continue;
            }
            var part = field.Kind == FilterKind.Amount
                ? AmountOperation(column, op, value, unit, path)
                : Operation(column, op, value, path);
            result = result is null ? part : Expression.AndAlso(result, part);
        }
        return result;
    }

    private static Expression Operation(Expression column, string op, object? value, string path)
    {
        if (value is null && column.Type.IsValueType && Nullable.GetUnderlyingType(column.Type) is null)
        {
            // A column that can never be null: `eq: null` matches nothing, `neq: null` everything.
            return Expression.Constant(op == "neq");
        }
        switch (op)
        {
            case "eq":
                return Expression.Equal(column, Constant(value, column.Type));
            case "neq":
                return Expression.NotEqual(column, Constant(value, column.Type));
            case "in":
                return In(column, (IEnumerable)value!);
            case "nin":
                return Expression.Not(In(column, (IEnumerable)value!));
            case "gt":
                return Expression.GreaterThan(column, Constant(value, column.Type));
            case "gte":
                return Expression.GreaterThanOrEqual(column, Constant(value, column.Type));
            case "lt":
                return Expression.LessThan(column, Constant(value, column.Type));
            case "lte":
                return Expression.LessThanOrEqual(column, Constant(value, column.Type));
            case "contains" or "startsWith" or "endsWith":
                var method = typeof(string).GetMethod(char.ToUpperInvariant(op[0]) + op[1..], [typeof(string)])!;
                return Expression.AndAlso(Expression.NotEqual(column, Expression.Constant(null, typeof(string))),
                    Expression.Call(column, method, Expression.Constant((string)value!)));
            default:
                throw new QueryInputException($"Unknown filter operation \"{op}\" at {path}.");
        }
    }

    /// <summary>
    /// Amount comparisons in exact integer yuan: <c>amount</c> is in <paramref name="unit"/>; a bound that is
    /// not a whole number of yuan can never be equal to a column value and is rounded outward/inward so
    /// <c>gt gte lt lte</c> keep their meaning.
    /// </summary>
    private static Expression AmountOperation(Expression column, string op, object? value, AmountUnit unit, string path)
    {
        if (op is "in" or "nin")
        {
            var whole = ((IEnumerable)value!).Cast<object?>().Where(v => v is not null)
                .Select(v => Amounts.ToYuan(Convert.ToDecimal(v), unit)).Where(y => y == decimal.Truncate(y)).Select(y => (long)y).ToList();
            var contains = In(column, whole);
            return op == "in" ? contains : Expression.Not(contains);
        }
        if (value is null)
        {
            return Operation(column, op, null, path);
        }
        var yuan = Amounts.ToYuan(Convert.ToDecimal(value), unit);
        var isWhole = yuan == decimal.Truncate(yuan);
        var column64 = column.Type == typeof(long) ? column : Expression.Convert(column, typeof(long));
        return op switch
        {
            "eq" => isWhole ? Expression.Equal(column64, Expression.Constant((long)yuan)) : Expression.Constant(false),
            "neq" => isWhole ? Expression.NotEqual(column64, Expression.Constant((long)yuan)) : Expression.Constant(true),
            "gt" => Expression.GreaterThan(column64, Expression.Constant((long)decimal.Floor(yuan))),
            "gte" => Expression.GreaterThanOrEqual(column64, Expression.Constant((long)decimal.Ceiling(yuan))),
            "lt" => Expression.LessThan(column64, Expression.Constant((long)decimal.Ceiling(yuan))),
            "lte" => Expression.LessThanOrEqual(column64, Expression.Constant((long)decimal.Floor(yuan))),
            _ => throw new QueryInputException($"Unknown filter operation \"{op}\" at {path}."),
        };
    }

    private static Expression In(Expression column, IEnumerable values)
    {
        var listType = typeof(List<>).MakeGenericType(column.Type);
        var list = (IList)Activator.CreateInstance(listType)!;
        foreach (var v in values)
        {
            list.Add(ConvertValue(v, column.Type));
        }
        var contains = typeof(Enumerable).GetMethods(BindingFlags.Public | BindingFlags.Static)
            .Single(m => m.Name == "Contains" && m.GetParameters().Length == 2).MakeGenericMethod(column.Type);
        return Expression.Call(contains, Expression.Constant(list, listType), column);
    }

    private static ConstantExpression Constant(object? value, Type type) => Expression.Constant(ConvertValue(value, type), type);

    private static object? ConvertValue(object? value, Type type)
    {
        if (value is null)
        {
            return null;
        }
        var target = Nullable.GetUnderlyingType(type) ?? type;
        return target.IsEnum ? Enum.ToObject(target, value) : Convert.ChangeType(value, target, System.Globalization.CultureInfo.InvariantCulture);
    }
}

/// <summary>HotChocolate's <c>SortEnumType</c>.</summary>
public enum SortDirection
{
    /// <summary>Ascending.</summary>
    Asc,
    /// <summary>Descending.</summary>
    Desc,
}
