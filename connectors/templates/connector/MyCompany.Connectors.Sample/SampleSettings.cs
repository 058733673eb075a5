using System.ComponentModel;
using IntegrationHub.Connectors.Sdk;

namespace MyCompany.Connectors.Sample;

/// <summary>Connection settings; mark secrets with [Secret] so the hub encrypts and redacts them.</summary>
public sealed record SampleSettings
{
    /// <summary>Gets the greeting word.</summary>
    [Description("The greeting word.")]
    public string Greeting { get; init; } = "Hello";

    /// <summary>Gets an API key (unused by the sample operation; shows how secrets are declared).</summary>
    [Secret]
    [Description("API key of the target system.")]
    public string? ApiKey { get; init; }
}
