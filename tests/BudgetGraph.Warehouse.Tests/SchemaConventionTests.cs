using BudgetGraph.Migrations.Sqlite;
using BudgetGraph.Warehouse.Facts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace BudgetGraph.Warehouse.Tests;

/// <summary>The house conventions of the star schema, checked on the model itself.</summary>
public class SchemaConventionTests
{
    private static readonly IModel Model = new WarehouseDbContext(SqliteWarehouse.Options("Data Source=:memory:")).Model;

    private static IEnumerable<IEntityType> Facts => Model.GetEntityTypes().Where(t => typeof(Fact).IsAssignableFrom(t.ClrType));

    [Fact]
    public void EveryFactHasItsOwnTableAndCarriesProvenance()
    {
        var facts = Facts.ToList();
        Assert.Equal(19, facts.Count);
        Assert.Equal(facts.Count, facts.Select(f => f.GetTableName()).Distinct().Count());
        foreach (var fact in facts)
        {
            foreach (var column in new[] { "DocumentId", "DepartmentId", "Year", "SourceTable", "SourceLine", "Schedule", "Derived" })
                Assert.True(fact.FindProperty(column) is { IsNullable: false }, $"{fact.ClrType.Name}.{column} must be required");
            var document = fact.GetForeignKeys().Single(k => k.PrincipalEntityType.ClrType == typeof(Dimensions.Document));
            Assert.Equal(DeleteBehavior.Cascade, document.DeleteBehavior);
        }
    }

    [Fact]
    public void MoneyIsIntegerYuanWithTheUnitInTheColumnName()
    {
        foreach (var fact in Facts)
            foreach (var property in fact.GetProperties().Where(p => p.Name.Contains("Yuan", StringComparison.Ordinal)))
            {
                Assert.EndsWith("Yuan", property.Name);
                Assert.True(property.ClrType == typeof(long) || property.ClrType == typeof(long?), $"{fact.ClrType.Name}.{property.Name} must be long");
            }
        // Nothing stores money as a floating or decimal type.
        Assert.DoesNotContain(Model.GetEntityTypes().SelectMany(t => t.GetProperties()),
            p => p.ClrType == typeof(double) || p.ClrType == typeof(float) || p.ClrType == typeof(decimal) || p.ClrType == typeof(double?) || p.ClrType == typeof(decimal?));
        Assert.All(Facts.Where(f => typeof(AmountFact).IsAssignableFrom(f.ClrType)),
            f => Assert.NotNull(f.FindProperty(nameof(AmountFact.PublishedDecimals))));
    }

    [Fact]
    public void TheModelUsesNoProviderSpecificColumnTypes() =>
        Assert.DoesNotContain(Model.GetEntityTypes().SelectMany(t => t.GetProperties()),
            p => p.FindAnnotation(RelationalAnnotationNames.ColumnType) is not null);
}
