using System.Reflection;

namespace IntegrationHub.Architecture.Tests;

/// <summary>The one-way dependency rules of docs/ARCHITECTURE.md, checked on the compiled assemblies.</summary>
public class DependencyRulesTests
{
    // Each production assembly and the assemblies (ours or infrastructure) it must never reference.
    public static TheoryData<string, string[]> Rules => new()
    {
        { "IntegrationHub.Contracts", ["IntegrationHub.", "Microsoft.EntityFrameworkCore", "Microsoft.AspNetCore", "Hangfire"] },
        { "IntegrationHub.Flows", ["IntegrationHub.", "Microsoft.EntityFrameworkCore", "Microsoft.AspNetCore", "Hangfire", "Jint"] },
        { "IntegrationHub.Storage", ["IntegrationHub.Server", "Microsoft.AspNetCore.Routing", "Microsoft.AspNetCore.Http", "Hangfire"] },
        { "IntegrationHub.Mapping", ["IntegrationHub.Runtime", "IntegrationHub.Storage", "IntegrationHub.Server", "Microsoft.EntityFrameworkCore", "Microsoft.AspNetCore", "Hangfire"] },
        { "IntegrationHub.Runtime", ["IntegrationHub.Storage", "IntegrationHub.Server", "Microsoft.EntityFrameworkCore", "Microsoft.AspNetCore", "Hangfire", "Npgsql"] },
        { "IntegrationHub.Runtime.Hangfire", ["IntegrationHub.Storage", "IntegrationHub.Server", "Microsoft.EntityFrameworkCore", "Microsoft.AspNetCore"] },
    };

    [Theory]
    [MemberData(nameof(Rules))]
    public void Assembly_DoesNotReference_ForbiddenAssemblies(string assemblyName, string[] forbiddenPrefixes)
    {
        var assembly = Assembly.Load(assemblyName);

        var offending = assembly.GetReferencedAssemblies()
            .Select(a => a.Name!)
            .Where(name => name != assemblyName && forbiddenPrefixes.Any(p => name.StartsWith(p, StringComparison.Ordinal)))
            .ToList();

        Assert.True(offending.Count == 0, $"{assemblyName} must not reference {string.Join(", ", offending)}");
    }

    [Theory]
    [InlineData("IntegrationHub.Connectors.Sdk")]
    [InlineData("IntegrationHub.Connectors.Http")]
    [InlineData("IntegrationHub.Connectors.Sandbox")]
    [InlineData("IntegrationHub.Connectors.Tryton")]
    public void Connector_ReferencesNothingOfOursButTheSdk(string assemblyName)
    {
        var ours = Assembly.Load(assemblyName).GetReferencedAssemblies()
            .Select(a => a.Name!)
            .Where(n => n.StartsWith("IntegrationHub.", StringComparison.Ordinal) && n != "IntegrationHub.Connectors.Sdk")
            .ToList();

        Assert.True(ours.Count == 0, $"{assemblyName} must reference only the connector SDK of ours, but references {string.Join(", ", ours)}");
    }

    [Fact]
    public void Storage_ReferencesOnlyFlowsContractsRuntimeAndConnectorHostingOfOurs()
    {
        var ours = Assembly.Load("IntegrationHub.Storage").GetReferencedAssemblies()
            .Select(a => a.Name!)
            .Where(n => n.StartsWith("IntegrationHub.", StringComparison.Ordinal))
            .Order()
            .ToList();

        Assert.Equal(["IntegrationHub.Connectors.Hosting", "IntegrationHub.Connectors.Sdk", "IntegrationHub.Contracts", "IntegrationHub.Flows", "IntegrationHub.Runtime"], ours);
    }
}
