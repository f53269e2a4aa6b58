using BudgetGraph.Api.Budget.Breakdown;
using BudgetGraph.Api.Budget.Budgets;
using BudgetGraph.Api.Budget.Compare;
using BudgetGraph.Api.Budget.Departments;
using BudgetGraph.Api.Budget.Execution;
using BudgetGraph.Api.Budget.Filtering;
using BudgetGraph.Api.Budget.Paging;
using BudgetGraph.Api.Budget.Provenance;
using BudgetGraph.Api.Budget.Relay;
using BudgetGraph.Api.Budget.Schema;
using Microsoft.Extensions.DependencyInjection;
using GraphQLSchema = BudgetGraph.GraphQL.Types.Schema;

namespace BudgetGraph.Api.Budget;

/// <summary>
/// The budget GraphQL schema over the warehouse. Resolvers read the warehouse through the request's
/// <c>IDbContextFactory&lt;WarehouseDbContext&gt;</c> (pass request services in <c>GraphQLRequest.Services</c>).
/// </summary>
public static class BudgetSchema
{
    /// <summary>Builds the schema (valid, immutable, shareable by all requests).</summary>
    public static GraphQLSchema Create()
    {
        var t = new BudgetTypes();
        var nodes = new NodeRegistry();
        FilterInputs.CreateShared(t);
        ConnectionTypes.ConfigurePageInfo(t);
        SourceTypes.Configure(t);
        nodes.Configure(t);
        DepartmentTopic.Configure(t, nodes);
        BudgetTopic.Configure(t, nodes);
        ExecutionTopic.Configure(t);
        BreakdownTopic.Configure(t);
        CompareTopic.Configure(t);
        Expenditures.ExpenditureTopic.Configure(t, nodes);
        Expenditures.ProcurementTopic.Configure(t);
        ProjectTopic.Configure(t);
        StatementConflicts.Configure(t);
        Income.IncomeTopic.Configure(t);
        ThreePublic.ThreePublicTopic.Configure(t);
        Performance.PerformanceTopic.Configure(t);
        Subjects.SubjectTopic.Configure(t);
        YearOverYear.YearOverYearTopic.Configure(t);
        Aggregate.AggregateTopic.Configure(t);
        Coverage.CoverageTopic.Configure(t);
        Narrative.NarrativeTopic.Configure(t);
        Tables.TableFiguresTopic.Configure(t);
        var schema = new GraphQLSchema(t.Query, types: t.Extra);
        schema.AssertValid();
        return schema;
    }

    /// <summary>
    /// Registers the budget schema as a singleton <see cref="GraphQLSchema"/>. The host registers the warehouse
    /// (<c>AddDbContextFactory&lt;WarehouseDbContext&gt;</c>) and passes request services to the executor.
    /// </summary>
    public static IServiceCollection AddBudgetSchema(this IServiceCollection services) =>
        services.AddSingleton(_ => Create());
}
