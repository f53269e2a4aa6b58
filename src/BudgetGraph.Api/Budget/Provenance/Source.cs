using System.Linq.Expressions;
using BudgetGraph.Api.Budget.Schema;
using BudgetGraph.GraphQL.Types;
using BudgetGraph.Warehouse.Dimensions;
using BudgetGraph.Warehouse.Facts;
using static BudgetGraph.Api.Budget.Schema.Gql;

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

    private static readonly Expression<Func<AmountFact, SourceColumns>> AmountColumns = f => new SourceColumns
    {
        DocumentId = f.DocumentId, FileName = f.Document!.FileName, Title = f.Document.Title, Kind = f.Document.Kind,
        DocumentYear = f.Document.Year, FactYear = f.Year, Table = f.SourceTable, Line = f.SourceLine, PublishedDecimals = f.PublishedDecimals,
        Derived = f.Derived, Page = f.SourcePage, FirstLine = f.SourceFirstLine,
    };

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

/// <summary>The <c>Source</c> and <c>SourceDocument</c> types.</summary>
internal static class SourceTypes
{
    public static void Configure(BudgetTypes t)
    {
        var doc = t.SourceDocument;
        doc.Field<SourceRef>("fileName", NonNull(Scalars.String), s => s.FileName, "The file the figure was imported from.");
        doc.Field<SourceRef>("title", NonNull(Scalars.String), s => s.Title, "The document's title, e.g. 2023年深圳市大数据资源管理中心部门预算.");
        doc.Field<SourceRef>("kind", NonNull(t.DocumentKind), s => s.Kind, "Budget (部门预算) or evaluation report (绩效评价报告).");
        doc.Field<SourceRef>("year", NonNull(Scalars.Int), s => s.DocumentYear, "The fiscal year the document is about.");

        var src = t.Source;
        src.Field<SourceRef>("document", NonNull(doc), s => s, "The document that states the figure.");
        src.Field<SourceRef>("table", NonNull(Scalars.String), s => s.Table, "The table or section as printed, e.g. \"表3 支出总表\".");
        src.Field<SourceRef>("line", NonNull(Scalars.Int), s => s.Line, "1-based line of the source text where the row or sentence ends.");
        src.Field<SourceRef>("firstLine", NonNull(Scalars.Int), s => s.FirstLine ?? s.Line,
            "1-based line where the figure's sentence or row begins (`line` when it is printed on one line): the citation is firstLine–line.");
        src.Field<SourceRef>("page", Scalars.Int, s => s.Page, "1-based page of the published PDF the figure is printed on; null when the document was imported from text.");
        src.Field<SourceRef>("url", NonNull(Scalars.String), s => s.Url,
            "A page of this API (a path relative to its root) showing the document's text with the cited line highlighted, e.g. /source/000_477d07774565aff8.txt?lines=900#L900.");
        src.Field<SourceRef>("precision", t.Decimal, s => s.Precision,
            "The precision the figure was published with, in 万元 (1 = whole 万元, 0.01 = two decimals); null for counts and text.");
        src.Field<SourceRef>("derived", NonNull(Scalars.Boolean), s => s.Derived,
            "True when the figure (or a link of it) was derived rather than read as printed: computed residuals, prior-year amounts computed from a stated change, inferred project-category links.");
        src.Field<SourceRef>("statedByLaterDocument", NonNull(Scalars.Boolean), s => s.StatedByLaterDocument,
            "True when a later year's document states this figure about an earlier year (a prior-year comparative).");
    }
}
