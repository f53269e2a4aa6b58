using BudgetGraph.GraphSchema.Shared;
using System.Linq.Expressions;
using BudgetGraph.Warehouse.Dimensions;
using BudgetGraph.Warehouse.Facts;

namespace BudgetGraph.GraphSchema.Provenance;

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

    /// <summary>
    /// A projection of <typeparamref name="TFact"/> whose second parameter is replaced by the fact's
    /// <see cref="SourceRef"/> (with the published precision for money facts).
    /// </summary>
    public static Expression<Func<TFact, TResult>> WithSource<TFact, TResult>(Expression<Func<TFact, SourceRef, TResult>> projection)
        where TFact : Fact =>
        Compose(typeof(AmountFact).IsAssignableFrom(typeof(TFact)) ? AmountSource : PlainSource, projection);

    private static Expression<Func<TFact, TResult>> Compose<TFact, TSource, TResult>(LambdaExpression template, Expression<Func<TFact, TSource, TResult>> projection)
    {
        var fact = projection.Parameters[0];
        var source = Lambdas.Inline(template, fact);
        var body = Lambdas.Inline(projection, fact, source);
        return Expression.Lambda<Func<TFact, TResult>>(body, fact);
    }
}

