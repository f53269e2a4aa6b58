using BudgetGraph.GraphSchema.Limits;
using BudgetGraph.GraphSchema.Aggregate;
using BudgetGraph.GraphSchema.Breakdown;
using BudgetGraph.GraphSchema.Budgets;
using BudgetGraph.GraphSchema.Compare;
using BudgetGraph.GraphSchema.Coverage;
using BudgetGraph.GraphSchema.Departments;
using BudgetGraph.GraphSchema.Expenditures;
using BudgetGraph.GraphSchema.Income;
using BudgetGraph.GraphSchema.Narrative;
using BudgetGraph.GraphSchema.Performance;
using BudgetGraph.GraphSchema.Subjects;
using BudgetGraph.GraphSchema.Tables;
using BudgetGraph.GraphSchema.ThreePublic;
using BudgetGraph.GraphSchema.Errors;
using BudgetGraph.GraphSchema.Execution;
using BudgetGraph.GraphSchema.Figures;
using BudgetGraph.GraphSchema.Filtering;
using BudgetGraph.GraphSchema.Paging;
using BudgetGraph.GraphSchema.Provenance;
using BudgetGraph.GraphSchema.Relay;
using BudgetGraph.GraphSchema.Shared;
using BudgetGraph.GraphSchema.YearOverYear;
using HotChocolate;
using HotChocolate.Execution;
using HotChocolate.Execution.Configuration;
using HotChocolate.Fetching;
using HotChocolate.Types;
using Microsoft.Extensions.DependencyInjection;

namespace BudgetGraph.GraphSchema;

/// <summary>
/// The budget schema on HotChocolate, topic by topic (each topic's types, queries and data loaders live in its folder).
/// The host registers the warehouse (<c>AddDbContextFactory&lt;WarehouseDbContext&gt;</c>); resolvers and loaders open
/// short-lived contexts from it.
/// </summary>
public static class BudgetSchema
{
    /// <summary>The root query type's description.</summary>
    public const string QueryDescription =
        "Published department budgets (部门预算) of Shenzhen units: figures, drill-downs, comparisons, with a source for every figure.";

    /// <summary>
    /// Adds the budget schema's types, loaders and options to a HotChocolate executor, with the limits of
    /// <paramref name="limits"/> (the host binds them from <c>GraphQL:Limits</c>; the defaults when null) and the error
    /// filter that gives every error our <c>extensions.code</c>.
    /// </summary>
    public static IRequestExecutorBuilder AddBudgetSchema(this IRequestExecutorBuilder builder, GraphQLLimitsOptions? limits = null)
    {
        return builder.AddBudgetTypes().AddBudgetExecution(limits);
    }

    /// <summary>
    /// The execution side of <see cref="AddBudgetSchema"/> without the budget's types: the limits and the error codes
    /// (the API's HTTP tests serve their small schema with it).
    /// </summary>
    public static IRequestExecutorBuilder AddBudgetExecution(this IRequestExecutorBuilder builder, GraphQLLimitsOptions? limits = null)
    {
        limits ??= new GraphQLLimitsOptions();
        var filter = new BudgetErrorFilter(limits);
        return builder.AddBudgetLimits(limits).AddErrorFilter(_ => filter)
            // HotChocolate writes the request errors of its timeout and validation middlewares without the error
            // filters: the same filter is applied to them just outside its exception middleware (errors already
            // filtered keep their code). A result with data (field errors) went through the filter already.
            .UseRequest(next => async context =>
            {
                await next(context);
                if (context.Result is OperationResult { Data: null, Errors: { Count: > 0 } errors } result
                    && errors.Any(e => e.Code is not { } code || !BudgetErrorFilter.IsOurs(code)))
                {
                    context.Result = OperationResult.FromError([.. errors.Select(filter.OnError)]);
                    await result.DisposeAsync();
                }
            }, key: "BudgetErrorCodes", before: WellKnownRequestMiddleware.ExceptionMiddleware);
    }

    /// <summary>
    /// The limits of <c>GraphQL:Limits</c> as HotChocolate's own mechanisms: the parser's token and nesting limits, the
    /// execution depth rule, cost analysis (<c>@cost</c>/<c>@listSize</c> in the SDL; its type cost, the number of
    /// objects the response may hold, bounded by <see cref="GraphQLLimitsOptions.MaxCost"/>), the page size
    /// list sizes and NUL characters of arguments (<see cref="ArgumentLimit"/>) and the timeout. BudgetErrorFilter gives each refusal our code.
    /// </summary>
    private static IRequestExecutorBuilder AddBudgetLimits(this IRequestExecutorBuilder builder, GraphQLLimitsOptions limits) => builder
        .ModifyRequestOptions(o => o.ExecutionTimeout = limits.RequestTimeout)
        .ModifyParserOptions(o =>
        {
            o.MaxAllowedTokens = limits.MaxTokens;
            // A field takes at least one token: the token limit bounds fields, and refuses first with its own code.
            o.MaxAllowedFields = limits.MaxTokens;
            o.MaxAllowedRecursionDepth = limits.MaxDepth;
        })
        .AddMaxExecutionDepthRule(limits.MaxExecutionDepth)
        .AddCostAnalyzer()
        .ModifyCostOptions(o =>
        {
            o.EnforceCostLimits = true;
            o.MaxTypeCost = limits.MaxCost;
            // Field cost weighs resolvers (10 for an async one); the limit is on the response's size (type cost).
            o.MaxFieldCost = limits.MaxCost;
            o.DefaultListSize = limits.DefaultListSize;
        })
        // Before validation and before anything normalizes the operation (variable coercion does first): see WrittenOutSize.
        // Repeated spreads go first (DuplicateSpreads): what is validated, measured and cached is the document without them.
        .UseRequest(next => async context =>
        {
            var info = context.OperationDocumentInfo;
            if (info.Document is { } parsed && DuplicateSpreads.Remove(parsed) is { } deduplicated)
            {
                info.Document = deduplicated;
            }

            if (info.Document is { } document && WrittenOutSize.Check(document, limits) is { } tooLarge)
            {
                context.Result = OperationResult.FromError([tooLarge]);
                return;
            }
            await next(context);
        }, key: "BudgetWrittenOutSize", before: WellKnownRequestMiddleware.DocumentValidationMiddleware)
        .UseRequest(next => async context =>
        {
            if (context.OperationDocumentInfo.Document is { } document && TypenameDirectives.Check(document) is { } invalid)
            {
                context.Result = OperationResult.FromError([invalid]);
                return;
            }
            await next(context);
        }, key: "BudgetTypenameDirectives", after: WellKnownRequestMiddleware.DocumentValidationMiddleware)
        .UseRequest(next => async context =>
        {
            if (context.OperationDocumentInfo.Document is { } document
                && ArgumentLimit.Check(context.Schema, document, context.VariableValues.FirstOrDefault(), limits) is { Count: > 0 } errors)
            {
                context.Result = OperationResult.FromError([.. errors]);
                return;
            }
            await next(context);
        }, key: "BudgetArgumentLimits", after: WellKnownRequestMiddleware.OperationVariableCoercionMiddleware);

    private static IRequestExecutorBuilder AddBudgetTypes(this IRequestExecutorBuilder builder) => builder
        .ModifyOptions(o =>
        {
            // `__search`/`__definitions` add a `__SearchResult` type GraphiQL rejects; the schema keeps the spec's introspection.
            o.EnableSemanticIntrospection = false;
            o.RemoveUnreachableTypes = false;
            // HotChocolate's default gives every async query resolver a DI scope of its own (created before it runs,
            // disposed after): meant for a scoped DbContext shared by parallel resolvers. Ours take no scoped service:
            // every resolver and loader opens its own context from the pooled factory (WarehouseQuery.RunAsync). A list of
            // 55 departments with their budgets created and disposed 56 scopes a request; the request's scope serves all.
            o.DefaultQueryDependencyInjectionScope = DependencyInjectionScope.Request;
        })
        // Loaders dispatch when their batch has settled, never because it has waited "too long": under load a
        // forced dispatch splits one level's keys into several statements (measured: 8 to 13 for the same query).
        // "Settled" = unchanged over two of the dispatcher's rounds and for BatchSettleTimeUs; its default (250 us) kept
        // the dispatcher yielding round after round on each loader level, which cost the bench queries 0.5-2 ms each on
        // two busy cores (docs/performance.md). Every resolver queues its keys before its first await, so 50 us is margin.
        .AddDefaultBatchDispatcher(new BatchDispatcherOptions { MaxBatchWaitTimeUs = 0, BatchSettleTimeUs = 50 })
        .AddQueryType(d => d.Name(OperationTypeNames.Query).Description(QueryDescription))
        .AddType<DecimalScalar>()
        .AddType<AmountUnitType>()
        .AddType<NodeType>()
        .AddTypeExtension<NodeQueries>()
        .AddType<PageInfoType>()
        .AddType<SortEnumType>()
        .AddType<SourceType>()
        // Departments
        .AddType<DepartmentType>()
        .AddTypeExtension<DepartmentQueries>()
        .AddDataLoader<DepartmentByIdDataLoader>()
        .AddDataLoader<DepartmentByCodeDataLoader>()
        // Figures mart
        .AddDataLoader<FiguresByDepartmentYearDataLoader>()
        // Budgets
        .AddType<BudgetType>()
        .AddTypeExtension<DepartmentBudgetFields>()
        .AddTypeExtension<BudgetQueries>()
        .AddDataLoader<FiscalYearsByDepartmentIdDataLoader>()
        // Execution (Budget.execution, placed before the breakdown as in the published schema)
        .AddTypeExtension<BudgetExecutionFields>()
        .AddDataLoader<ExecutionByDepartmentYearDataLoader>()
        // Breakdown
        .AddTypeExtension<BreakdownQueries>()
        .AddTypeExtension<BudgetBreakdownFields>()
        // The budget's documents: procurement, projects, income, 三公, performance, narrative (in the published order)
        .AddTypeExtension<BudgetProcurementFields>()
        .AddDataLoader<ProcurementByDepartmentYearDataLoader>()
        .AddTypeExtension<BudgetProjectFields>()
        .AddDataLoader<PriorYearStatementsByDepartmentYearDataLoader>()
        .AddTypeExtension<BudgetStatementConflictFields>()
        .AddDataLoader<GroupChangesByDepartmentYearDataLoader>()
        .AddTypeExtension<BudgetIncomeFields>()
        .AddDataLoader<IncomeLinesByDepartmentYearDataLoader>()
        .AddTypeExtension<BudgetThreePublicFields>()
        .AddDataLoader<ThreePublicLinesByDepartmentYearDataLoader>()
        .AddTypeExtension<BudgetPerformanceFields>()
        .AddDataLoader<PerformanceTargetsByDepartmentYearDataLoader>()
        .AddDataLoader<ProfileByDepartmentYearDataLoader>()
        .AddTypeExtension<BudgetNarrativeFields>()
        .AddDataLoader<NarrativeFiguresByDepartmentYearDataLoader>()
        .AddDataLoader<EvaluationScoresByDepartmentYearDataLoader>()
        .AddDataLoader<EvaluationStatementsByDepartmentYearDataLoader>()
        // Table figures (after the narrative, as published)
        .AddTypeExtension<BudgetTableFields>()
        .AddDataLoader<IncomeBySubjectByDepartmentYearDataLoader>()
        .AddDataLoader<UnitIncomeByDepartmentYearDataLoader>()
        .AddDataLoader<AppropriationIncomeByDepartmentYearDataLoader>()
        .AddDataLoader<UnitProjectsByDepartmentYearDataLoader>()
        .AddDataLoader<SecondLevelProjectsByDepartmentYearDataLoader>()
        .AddDataLoader<AppropriationSubjectsByDepartmentYearDataLoader>()
        .AddDataLoader<BasicSplitsByDepartmentYearDataLoader>()
        .AddDataLoader<ProcurementItemsByDepartmentYearDataLoader>()
        .AddDataLoader<PerformanceTasksByDepartmentYearDataLoader>()
        // Compare
        .AddTypeExtension<CompareQueries>()
        // Expenditures
        .AddTypeExtension<ExpenditureQueries>()
        .AddDataLoader<ExpenditureByKeyDataLoader>()
        // Code lists
        .AddTypeExtension<SubjectQueries>()
        // Year over year
        .AddTypeExtension<YearOverYearQueries>()
        .AddDataLoader<StatementsByDepartmentIdDataLoader>()
        .AddDataLoader<GroupChangesByDepartmentIdDataLoader>()
        // Aggregate
        .AddTypeExtension<AggregateQueries>()
        // Coverage
        .AddTypeExtension<CoverageQueries>();
}
