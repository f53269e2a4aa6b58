using BudgetGraph.GraphSchema.Subjects;
using BudgetGraph.GraphSchema.Departments;
using BudgetGraph.GraphSchema.Shared;
using BudgetGraph.Warehouse.Dimensions;
using HotChocolate.Types;
using Microsoft.EntityFrameworkCore;

namespace BudgetGraph.GraphSchema.Subjects;

/// <summary>Subject: an entry of a code list.</summary>
public sealed class SubjectType : ObjectType<SubjectValue>
{
    protected override void Configure(IObjectTypeDescriptor<SubjectValue> descriptor)
    {
        descriptor.Name("Subject").Description("An entry of a classification code list, with its children.").BindFieldsExplicitly();
        descriptor.Field<SubjectValue, NonNullType<StringType>>("code", x => x.Code, "The code.");
        descriptor.Field<SubjectValue, NonNullType<StringType>>("name", x => x.Name, "The published name.");
        descriptor.Field<SubjectValue, NonNullType<SubjectLevelType>>("level", x => x.Level, "类, 款 or 项.");
        descriptor.Field<SubjectValue, StringType>("parentCode", x => x.ParentCode, "The enclosing code.");
        descriptor.Field<SubjectValue, NonNullType<ListType<NonNullType<SubjectType>>>>("children", x => x.Children, "The codes under it that the documents use.");
    }
}

/// <summary><c>functionalSubjects</c> and <c>economicSubjects</c> (the trees are the shared <see cref="SubjectValue.Tree"/>).</summary>
public sealed class SubjectQueries : ObjectTypeExtension
{
    protected override void Configure(IObjectTypeDescriptor descriptor)
    {
        descriptor.Name(OperationTypeNames.Query);
        descriptor.Field("functionalSubjects").Type<NonNullType<ListType<NonNullType<SubjectType>>>>()
            .Description("支出功能分类 as used by the documents: the entries at `level` (the 类 by default), each with its children.")
            .Argument("level", a => a.Type<SubjectLevelType>().DefaultValue(SubjectLevel.Class).Description("The level of the returned entries."))
            .Resolve(async ctx => await DepartmentQueries.Factory(ctx).RunAsync(async (db, ct) =>
                SubjectValue.Tree(await db.FunctionalSubjects.Select(x => new SubjectValue(x.Code, x.Name, x.Level, x.Parent!.Code)).ToListAsync(ct),
                    ctx.ArgumentValue<SubjectLevel?>("level") ?? SubjectLevel.Class), ctx.RequestAborted));
        descriptor.Field("economicSubjects").Type<NonNullType<ListType<NonNullType<SubjectType>>>>()
            .Description("支出经济分类 as used by the documents: the entries at `level` (the 类 by default), each with its children.")
            .Argument("level", a => a.Type<SubjectLevelType>().DefaultValue(SubjectLevel.Class).Description("The level of the returned entries (CLASS or SECTION)."))
            .Resolve(async ctx => await DepartmentQueries.Factory(ctx).RunAsync(async (db, ct) =>
                SubjectValue.Tree(await db.EconomicSubjects.Select(x => new SubjectValue(x.Code, x.Name, x.Level, x.Parent!.Code)).ToListAsync(ct),
                    ctx.ArgumentValue<SubjectLevel?>("level") ?? SubjectLevel.Class), ctx.RequestAborted));
    }
}
