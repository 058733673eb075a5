using System.ComponentModel;

namespace IntegrationHub.Connectors.Sandbox.Model;

/// <summary>Connection settings of the Sandbox; it needs none, each connection simply has its own data.</summary>
[Description("The Sandbox needs no settings; every connection has its own seeded company.")]
public sealed record SandboxSettings
{
    /// <summary>Gets the company name shown in connection tests.</summary>
    [Description("Company name shown in connection tests.")]
    public string Company { get; init; } = "Sandbox Distribution Inc.";
}
