namespace IntegrationHub.Connectors.Hosting.Connections;

/// <summary>One problem with a connection request.</summary>
/// <param name="Field">The field (<c>name</c>, <c>connector</c>, <c>settings.baseUrl</c>, <c>allowedHosts[1]</c>).</param>
/// <param name="Message">What is wrong and why.</param>
public sealed record ConnectionValidationError(string Field, string Message);
