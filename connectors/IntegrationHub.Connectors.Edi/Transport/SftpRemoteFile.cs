namespace IntegrationHub.Connectors.Edi.Transport;

/// <summary>A regular file in a remote folder.</summary>
/// <param name="Name">The file name (without folder).</param>
/// <param name="Length">The size in bytes.</param>
/// <param name="LastWriteUtc">The modification time.</param>
internal sealed record SftpRemoteFile(string Name, long Length, DateTime LastWriteUtc);
