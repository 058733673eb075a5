namespace IntegrationHub.Contracts.Designer;

/// <summary>The outcome of saving a connection: the saved connection, or every field error and nothing saved.</summary>
/// <param name="Connection">The saved connection, or null when it was invalid.</param>
/// <param name="Errors">Field errors (field names like <c>name</c>, <c>settings.baseUrl</c>, <c>allowedHosts[1]</c>).</param>
public sealed record ConnectionSaveResult(ConnectionDetails? Connection, IReadOnlyList<ConnectionFieldError> Errors);
