namespace IntegrationHub.Cli;

/// <summary>A wrong command line; the dispatcher prints the message and the command's usage and exits with 2.</summary>
internal sealed class UsageException(string message) : Exception(message);
