using BudgetGraph.GraphSchema.Provenance;
using BudgetGraph.GraphSchema.Shared;
using BudgetGraph.Warehouse.Dimensions;
using HotChocolate.Types;

namespace BudgetGraph.GraphSchema.Provenance;

/// <summary>DocumentKind.</summary>
public sealed class DocumentKindType : EnumType<DocumentKind>
{
    protected override void Configure(IEnumTypeDescriptor<DocumentKind> descriptor) => descriptor.Name("DocumentKind").Description("What a source document is.");
}

/// <summary>SourceDocument: the document half of a <see cref="SourceRef"/>.</summary>
public sealed class SourceDocumentType : ObjectType
{
    protected override void Configure(IObjectTypeDescriptor descriptor)
    {
        descriptor.Name("SourceDocument").Description("A published document the warehouse imported.");
        descriptor.Field<SourceRef, NonNullType<StringType>>("fileName", s => s.FileName, "The file the figure was imported from.");
        descriptor.Field<SourceRef, NonNullType<StringType>>("title", s => s.Title, "The document's title, e.g. 2023年深圳市大数据资源管理中心部门预算.");
        descriptor.Field<SourceRef, NonNullType<DocumentKindType>>("kind", s => s.Kind, "Budget (部门预算) or evaluation report (绩效评价报告).");
        descriptor.Field<SourceRef, NonNullType<IntType>>("year", s => s.DocumentYear, "The fiscal year the document is about.");
    }
}

/// <summary>Source: where a figure comes from.</summary>
public sealed class SourceType : ObjectType<SourceRef>
{
    protected override void Configure(IObjectTypeDescriptor<SourceRef> descriptor)
    {
        descriptor.Name("Source").Description("Where a figure comes from.").BindFieldsExplicitly();
        descriptor.Field<SourceRef, NonNullType<SourceDocumentType>>("document", s => s, "The document that states the figure.");
        descriptor.Field<SourceRef, NonNullType<StringType>>("table", s => s.Table, "The table or section as printed, e.g. \"表3 支出总表\".");
        descriptor.Field<SourceRef, NonNullType<IntType>>("line", s => s.Line, "1-based line of the source text where the row or sentence ends.");
        descriptor.Field<SourceRef, NonNullType<IntType>>("firstLine", s => s.FirstLine ?? s.Line,
            "1-based line where the figure's sentence or row begins (`line` when it is printed on one line): the citation is firstLine–line.");
        descriptor.Field<SourceRef, IntType>("page", s => s.Page, "1-based page of the published PDF the figure is printed on; null when the document was imported from text.");
        descriptor.Field<SourceRef, NonNullType<StringType>>("url", s => s.Url,
            "A page of this API (a path relative to its root) showing the document's text with the cited line highlighted, e.g. /source/000_477d07774565aff8.txt?lines=900#L900.");
        descriptor.Field<SourceRef, DecimalScalar>("precision", s => s.Precision,
            "The precision the figure was published with, in 万元 (1 = whole 万元, 0.01 = two decimals); null for counts and text.");
        descriptor.Field<SourceRef, NonNullType<BooleanType>>("derived", s => s.Derived,
            "True when the figure (or a link of it) was derived rather than read as printed: computed residuals, prior-year amounts computed from a stated change, inferred project-category links.");
        descriptor.Field<SourceRef, NonNullType<BooleanType>>("statedByLaterDocument", s => s.StatedByLaterDocument,
            "True when a later year's document states this figure about an earlier year (a prior-year comparative).");
    }
}
