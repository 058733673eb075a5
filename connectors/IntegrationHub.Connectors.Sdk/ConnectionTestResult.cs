namespace IntegrationHub.Connectors.Sdk;

/// <summary>The outcome of a connection test.</summary>
/// <param name="Succeeded">Whether the connection works.</param>
/// <param name="Message">What was checked, or why it failed. Never include secret values.</param>
public sealed record ConnectionTestResult(bool Succeeded, string Message)
{
    /// <summary>Creates a successful result.</summary>
    /// <param name="message">What was checked.</param>
    /// <returns>The result.</returns>
    public static ConnectionTestResult Success(string message) => new(true, message);

    /// <summary>Creates a failed result.</summary>
    /// <param name="message">Why the connection does not work.</param>
    /// <returns>The result.</returns>
    public static ConnectionTestResult Failure(string message) => new(false, message);
}
