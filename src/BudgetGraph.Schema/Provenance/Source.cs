using System.Linq.Expressions;
using BudgetGraph.Warehouse.Dimensions;
using BudgetGraph.Warehouse.Facts;

namespace BudgetGraph.Api.Budget.Provenance;

/// <summary>
/// Where a figure comes from: the stating document, the table or section and line in its text, the
/// precision it was published with (decimals of 万元; null for counts and text) and whether the importer
/// derived it. <see cref="FactYear"/> earlier than <see cref="DocumentYear"/> marks a prior-year figure
/// stated by a later document.
/// </summary>
public sealed record SourceRef(int DocumentId, string FileName, string Title, DocumentKind Kind, int DocumentYear, int FactYear,
    string Table, int Line, int? PublishedDecimals, bool Derived)
{
    /// <summary>The 1-based page of the source PDF, or null when the document was imported from text.</summary>
    public int? Page { get; init; }
    /// <summary>The line the figure's sentence or row begins on, when before <see cref="Line"/>.</summary>
    public int? FirstLine { get; init; }

    /// <summary>Whether a later document stated this figure about an earlier year.</summary>
    public bool StatedByLaterDocument => FactYear < DocumentYear;

    /// <summary>The published precision in 万元 (1 or 0.01), or null.</summary>
    public decimal? Precision => PublishedDecimals is { } d ? 1m / Pow10(d) : null;

    /// <summary>
    /// The page showing the document's text with this line highlighted, relative to the API's root:
    /// <c>/source/&lt;file&gt;?lines=N#LN</c>, or <c>?lines=A-B#LA</c> when the figure's sentence or row spans lines
    /// A to B (served by <c>SourceViewerEndpoints</c>).
    /// </summary>
    public string Url => FirstLine is { } first && first < Line
        ? $"/source/{Uri.EscapeDataString(FileName)}?lines={first}-{Line}#L{first}"
        : $"/source/{Uri.EscapeDataString(FileName)}?lines={Line}#L{Line}";

    /// <summary>The same source, marked derived (a figure computed from this one).</summary>
    public SourceRef AsDerived() => this with { Derived = true };

    private static decimal Pow10(int d)
    {
        var p = 1m;
        for (var i = 0; i < d; i++)
        {
            p *= 10;
        }
        return p;
    }
}

/// <summary>
/// The projection of a fact's provenance, composed into each fact type's projection (one place for all
/// fact tables): EF Core translates the composed expression into columns of the same SELECT.
/// </summary>
public static class SourceProjection
{
    private static readonly Expression<Func<AmountFact, SourceRef>> AmountSource = f => new SourceRef(f.DocumentId, f.Document!.FileName,
        f.Document.Title, f.Document.Kind, f.Document.Year, f.Year, f.SourceTable, f.SourceLine, f.PublishedDecimals, f.Derived) { Page = f.SourcePage, FirstLine = f.SourceFirstLine };

    private static readonly Expression<Func<Fact, SourceRef>> PlainSource = f => new SourceRef(f.DocumentId, f.Document!.FileName,
        f.Document.Title, f.Document.Kind, f.Document.Year, f.Year, f.SourceTable, f.SourceLine, null, f.Derived) { Page = f.SourcePage, FirstLine = f.SourceFirstLine };

    /// <summary>The provenance columns of a money fact (ProvenanceMapping).</summary>
    private static readonly Expression<Func<AmountFact, SourceColumns>> AmountColumns =
        BudgetGraph.GraphSchema.Shared.Mappings.Projection<AmountFact, SourceColumns>();

    /// <summary>
    /// A projection of <typeparamref name="TFact"/> whose second parameter is replaced by the fact's
    /// <see cref="SourceRef"/> (with the published precision for money facts).
    /// </summary>
    public static Expression<Func<TFact, TResult>> WithSource<TFact, TResult>(Expression<Func<TFact, SourceRef, TResult>> projection)
        where TFact : Fact =>
        Compose(typeof(AmountFact).IsAssignableFrom(typeof(TFact)) ? AmountSource : PlainSource, projection);

    /// <summary>
    /// A projection of a money fact whose second parameter is replaced by its provenance as <see cref="SourceColumns"/>:
    /// for projections that go through a set operation (UNION ALL), which EF Core keeps in SQL only without constructor calls.
    /// </summary>
    public static Expression<Func<TFact, TResult>> WithSourceColumns<TFact, TResult>(Expression<Func<TFact, SourceColumns, TResult>> projection)
        where TFact : AmountFact =>
        Compose(AmountColumns, projection);

    private static Expression<Func<TFact, TResult>> Compose<TFact, TSource, TResult>(LambdaExpression template, Expression<Func<TFact, TSource, TResult>> projection)
    {
        var fact = projection.Parameters[0];
        var source = new Replace(template.Parameters[0], fact).Visit(template.Body)!;
        var body = new Replace(projection.Parameters[1], source).Visit(projection.Body)!;
        return Expression.Lambda<Func<TFact, TResult>>(body, fact);
    }

    /// <summary>Replaces one expression node by another.</summary>
    private sealed class Replace(Expression from, Expression to) : ExpressionVisitor
    {
        public override Expression? Visit(Expression? node) => node == from ? to : base.Visit(node);
    }
}

/// <summary>
/// A money fact's provenance as settable columns: the values of a <see cref="SourceRef"/> in a shape EF Core keeps
/// in SQL through a set operation (see <see cref="SourceProjection.WithSourceColumns{TFact, TResult}"/>).
/// </summary>
public sealed class SourceColumns
{
    /// <summary>See <see cref="SourceRef.DocumentId"/>.</summary>
    public int DocumentId { get; init; }
    /// <summary>See <see cref="SourceRef.FileName"/>.</summary>
    public required string FileName { get; init; }
    /// <summary>See <see cref="SourceRef.Title"/>.</summary>
    public required string Title { get; init; }
    /// <summary>See <see cref="SourceRef.Kind"/>.</summary>
    public DocumentKind Kind { get; init; }
    /// <summary>See <see cref="SourceRef.DocumentYear"/>.</summary>
    public int DocumentYear { get; init; }
    /// <summary>See <see cref="SourceRef.FactYear"/>.</summary>
    public int FactYear { get; init; }
    /// <summary>See <see cref="SourceRef.Table"/>.</summary>
    public required string Table { get; init; }
    /// <summary>See <see cref="SourceRef.Line"/>.</summary>
    public int Line { get; init; }
    /// <summary>See <see cref="SourceRef.PublishedDecimals"/>.</summary>
    public int PublishedDecimals { get; init; }
    /// <summary>See <see cref="SourceRef.Derived"/>.</summary>
    public bool Derived { get; init; }
    /// <summary>See <see cref="SourceRef.Page"/>.</summary>
    public int? Page { get; init; }

    /// <summary>See <see cref="SourceRef.FirstLine"/>.</summary>
    public int? FirstLine { get; init; }

    /// <summary>The same provenance as a <see cref="SourceRef"/>.</summary>
    public SourceRef ToSourceRef() => new(DocumentId, FileName, Title, Kind, DocumentYear, FactYear, Table, Line, PublishedDecimals, Derived) { Page = Page, FirstLine = FirstLine };
}
