namespace IntegrationHub.Connectors.Edi.Transport;

/// <summary>What one poll did.</summary>
/// <param name="Archived">Names of files handled and moved to the archive.</param>
/// <param name="Failed">Names of files whose handling failed, moved to the error folder.</param>
public sealed record SftpPollResult(IReadOnlyList<string> Archived, IReadOnlyList<string> Failed);
