using BudgetGraph.Api.Budget.Schema;
using BudgetGraph.GraphQL.Types;
using BudgetGraph.Warehouse.Dimensions;
using Microsoft.EntityFrameworkCore;
using static BudgetGraph.Api.Budget.Schema.Gql;

namespace BudgetGraph.Api.Budget.Coverage;

/// <summary>
/// <c>documents</c>: which department has which document for which year, and which stages (initial,
/// adjusted, actual) its figures are of: what a reader may compare before comparing it.
/// </summary>
internal static class CoverageTopic
{
    public static void Configure(BudgetTypes t)
    {
        var d = new ObjectType("DocumentCoverage") { Description = "An imported document: whose, which year, what kind, which stages its figures are of." };
        d.Field<DocumentCoverage>("fileName", NonNull(Scalars.String), x => x.FileName, "The imported file.");
        d.Field<DocumentCoverage>("title", NonNull(Scalars.String), x => x.Title, "The document's title.");
        d.Field<DocumentCoverage>("kind", NonNull(t.DocumentKind), x => x.Kind, "Budget (部门预算) or evaluation report (绩效评价报告).");
        d.Field<DocumentCoverage>("year", NonNull(Scalars.Int), x => x.Year, "The fiscal year it is about.");
        d.Field<DocumentCoverage>("departmentCode", NonNull(Scalars.String), x => x.DepartmentCode, "The publishing department's code.");
        d.Field<DocumentCoverage>("departmentName", NonNull(Scalars.String), x => x.DepartmentName, "The publishing department's name.");
        d.Field<DocumentCoverage>("lineCount", NonNull(Scalars.Int), x => x.LineCount, "Lines of its text.");
        d.Field<DocumentCoverage>("stages", ListOf(t.Stage), x => x.Stages,
            "The stages of its money figures about its own year: INITIAL for a budget; INITIAL, ADJUSTED and ACTUAL for an evaluation report that states execution.");
        d.Field<DocumentCoverage>("expenditureTable", NonNull(Scalars.Boolean), x => x.ExpenditureTable,
            "Whether it prints expenditure by functional subject (支出总表), the figures `compare` and `breakdown` read.");
        d.Field<DocumentCoverage>("url", NonNull(Scalars.String), x => x.Url, "The source viewer's page of its text, relative to the API's root.");

        t.Query.ResolveAsync("documents", ListOf(d), ctx => WarehouseAccess.QueryAsync(ctx, async (db, ct) =>
                (object)await DocumentCoverage.LoadAsync(db, ct)),
            "Every imported document: department, year, kind, the stages its figures are of, and whether it prints the 支出总表. Ordered by year, department code, kind.");
    }
}
