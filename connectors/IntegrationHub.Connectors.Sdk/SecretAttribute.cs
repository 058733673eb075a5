namespace IntegrationHub.Connectors.Sdk;

/// <summary>Marks a top-level string property of a connection settings type as a secret.</summary>
/// <remarks>
/// The host encrypts secrets at rest, never returns them over the API (the schema says <c>writeOnly</c>)
/// and redacts their values from logs, traces and the run journal.
/// </remarks>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false, Inherited = true)]
public sealed class SecretAttribute : Attribute
{
}
