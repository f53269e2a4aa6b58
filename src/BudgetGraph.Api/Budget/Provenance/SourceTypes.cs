using BudgetGraph.Api.Budget.Schema;
using BudgetGraph.GraphQL.Types;
using static BudgetGraph.Api.Budget.Schema.Gql;

namespace BudgetGraph.Api.Budget.Provenance;

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
