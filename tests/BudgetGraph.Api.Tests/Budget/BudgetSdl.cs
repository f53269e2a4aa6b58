using HotChocolate;
using BudgetGraph.GraphSchema;
using HotChocolate.Execution;
using HotChocolate.Language;
using Microsoft.Extensions.DependencyInjection;

namespace BudgetGraph.Api.Tests.Budget;

/// <summary>The budget schema as HotChocolate serves it, read as SDL: its type definitions by name.</summary>
public static class BudgetSdl
{
    private static readonly Lazy<Task<IReadOnlyDictionary<string, ITypeDefinitionNode>>> Served = new(async () =>
    {
        var services = new ServiceCollection();
        services.AddGraphQL().AddBudgetSchema();
        await using var provider = services.BuildServiceProvider();
        var executor = await provider.GetRequiredService<IRequestExecutorProvider>().GetExecutorAsync();
        return Types(executor.Schema);
    });

    /// <summary>The served schema's type definitions (built once, without a database: no field is resolved).</summary>
    public static Task<IReadOnlyDictionary<string, ITypeDefinitionNode>> ServedAsync() => Served.Value;

    /// <summary>A schema's type definitions by name, from its printed SDL.</summary>
    public static IReadOnlyDictionary<string, ITypeDefinitionNode> Types(ISchemaDefinition schema) =>
        Utf8GraphQLParser.Parse(schema.ToString()).Definitions.OfType<ITypeDefinitionNode>().ToDictionary(t => t.Name.Value);

    /// <summary>The fields of an object or interface type; null for other kinds.</summary>
    public static IReadOnlyList<FieldDefinitionNode>? FieldsOf(ITypeDefinitionNode type) =>
        type is ComplexTypeDefinitionNodeBase complex ? complex.Fields : null;
}
