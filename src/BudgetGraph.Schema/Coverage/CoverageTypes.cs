using BudgetGraph.GraphSchema.Coverage;
using BudgetGraph.GraphSchema.Departments;
using BudgetGraph.GraphSchema.Provenance;
using BudgetGraph.GraphSchema.Shared;
using HotChocolate.Types;

namespace BudgetGraph.GraphSchema.Coverage;

/// <summary>DocumentCoverage.</summary>
public sealed class DocumentCoverageType : ObjectType<DocumentCoverage>
{
    protected override void Configure(IObjectTypeDescriptor<DocumentCoverage> descriptor)
    {
        descriptor.Name("DocumentCoverage").Description("An imported document: whose, which year, what kind, which stages its figures are of.").BindFieldsExplicitly();
        descriptor.Field<DocumentCoverage, NonNullType<StringType>>("fileName", x => x.FileName, "The imported file.");
        descriptor.Field<DocumentCoverage, NonNullType<StringType>>("title", x => x.Title, "The document's title.");
        descriptor.Field<DocumentCoverage, NonNullType<DocumentKindType>>("kind", x => x.Kind, "Budget (部门预算) or evaluation report (绩效评价报告).");
        descriptor.Field<DocumentCoverage, NonNullType<IntType>>("year", x => x.Year, "The fiscal year it is about.");
        descriptor.Field<DocumentCoverage, NonNullType<StringType>>("departmentCode", x => x.DepartmentCode, "The publishing department's code.");
        descriptor.Field<DocumentCoverage, NonNullType<StringType>>("departmentName", x => x.DepartmentName, "The publishing department's name.");
        descriptor.Field<DocumentCoverage, NonNullType<IntType>>("lineCount", x => x.LineCount, "Lines of its text.");
        descriptor.Field<DocumentCoverage, NonNullType<ListType<NonNullType<StageType>>>>("stages", x => x.Stages,
            "The stages of its money figures about its own year: INITIAL for a budget; INITIAL, ADJUSTED and ACTUAL for an evaluation report that states execution.");
        descriptor.Field<DocumentCoverage, NonNullType<BooleanType>>("expenditureTable", x => x.ExpenditureTable,
            "Whether it prints expenditure by functional subject (支出总表), the figures `compare` and `breakdown` read.");
        descriptor.Field<DocumentCoverage, NonNullType<StringType>>("url", x => x.Url, "The source viewer's page of its text, relative to the API's root.");
    }
}

/// <summary><c>documents</c>.</summary>
public sealed class CoverageQueries : ObjectTypeExtension
{
    protected override void Configure(IObjectTypeDescriptor descriptor)
    {
        descriptor.Name(OperationTypeNames.Query);
        descriptor.Field("documents").Type<NonNullType<ListType<NonNullType<DocumentCoverageType>>>>()
            .Description("Every imported document: department, year, kind, the stages its figures are of, and whether it prints the 支出总表. Ordered by year, department code, kind.")
            .Resolve(async ctx => await DepartmentQueries.Factory(ctx).RunAsync(DocumentCoverage.LoadAsync, ctx.RequestAborted));
    }
}
