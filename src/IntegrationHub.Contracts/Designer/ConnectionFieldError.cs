namespace IntegrationHub.Contracts.Designer;

/// <summary>One problem with a connection draft.</summary>
/// <param name="Field">The field: <c>name</c>, <c>connector</c>, <c>settings.baseUrl</c>, <c>allowedHosts[1]</c>, or empty for the whole.</param>
/// <param name="Message">What is wrong.</param>
public sealed record ConnectionFieldError(string Field, string Message);
