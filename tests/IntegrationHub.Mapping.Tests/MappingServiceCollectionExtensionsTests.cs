using IntegrationHub.Mapping.Catalog;
using IntegrationHub.Mapping.Expressions;
using Microsoft.Extensions.DependencyInjection;

namespace IntegrationHub.Mapping.Tests;

public sealed class MappingServiceCollectionExtensionsTests
{
    [Fact]
    public void AddHubMapping_WithCatalog_ResolvesEngineAndEvaluatorWithOptions()
    {
        var services = new ServiceCollection();
        services.AddSingleton<IMappingCatalog>(new MappingCatalog());
        services.AddHubMapping(o => o.MaxStatements = 1234);
        using var provider = services.BuildServiceProvider();

        var engine = provider.GetRequiredService<MappingEngine>();
        var evaluator = provider.GetRequiredService<IExpressionEvaluator>();

        Assert.Equal(1234, engine.Options.MaxStatements);
        Assert.Same(engine.Expressions, evaluator);
        Assert.Equal(3, evaluator.Evaluate("=1 + 2", new ExpressionScope())!.GetValue<long>());
    }
}
