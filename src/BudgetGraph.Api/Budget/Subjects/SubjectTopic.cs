using BudgetGraph.Api.Budget.Schema;
using BudgetGraph.GraphQL.Types;
using BudgetGraph.Warehouse.Dimensions;
using Microsoft.EntityFrameworkCore;
using static BudgetGraph.Api.Budget.Schema.Gql;

namespace BudgetGraph.Api.Budget.Subjects;

/// <summary><c>functionalSubjects</c> and <c>economicSubjects</c>: the code lists the documents use, as trees.</summary>
internal static class SubjectTopic
{
    public static void Configure(BudgetTypes t)
    {
        var s = t.Subject;
        s.Field<SubjectValue>("code", NonNull(Scalars.String), x => x.Code, "The code.");
        s.Field<SubjectValue>("name", NonNull(Scalars.String), x => x.Name, "The published name.");
        s.Field<SubjectValue>("level", NonNull(t.SubjectLevel), x => x.Level, "类, 款 or 项.");
        s.Field<SubjectValue>("parentCode", Scalars.String, x => x.ParentCode, "The enclosing code.");
        s.Field<SubjectValue>("children", ListOf(s), x => x.Children, "The codes under it that the documents use.");

        t.Query.ResolveAsync("functionalSubjects", ListOf(s), ctx => WarehouseAccess.QueryAsync(ctx, async (db, ct) =>
                SubjectValue.Tree(await db.FunctionalSubjects.Select(x => new SubjectValue(x.Code, x.Name, x.Level, x.Parent!.Code)).ToListAsync(ct),
                    ctx.HasArgument("level") ? ctx.Argument<SubjectLevel>("level") : SubjectLevel.Class)),
                "支出功能分类 as used by the documents: the entries at `level` (the 类 by default), each with its children.")
            .Arg("level", t.SubjectLevel, SubjectLevel.Class, "The level of the returned entries.");
        t.Query.ResolveAsync("economicSubjects", ListOf(s), ctx => WarehouseAccess.QueryAsync(ctx, async (db, ct) =>
                SubjectValue.Tree(await db.EconomicSubjects.Select(x => new SubjectValue(x.Code, x.Name, x.Level, x.Parent!.Code)).ToListAsync(ct),
                    ctx.HasArgument("level") ? ctx.Argument<SubjectLevel>("level") : SubjectLevel.Class)),
                "支出经济分类 as used by the documents: the entries at `level` (the 类 by default), each with its children.")
            .Arg("level", t.SubjectLevel, SubjectLevel.Class, "The level of the returned entries (CLASS or SECTION).");
    }
}
