using Microsoft.Extensions.Logging;

namespace IntegrationHub.Connectors.Edi.Transport;

/// <summary>
/// Uploads files to a partner: written as <c>&lt;name&gt;.tmp</c> first, then renamed, so the partner never sees a
/// partial file. An existing file of the same name is never overwritten (the rename fails atomically).
/// </summary>
/// <param name="connection">Server and credentials.</param>
/// <param name="logger">Logger.</param>
public sealed class SftpOutboundUploader(SftpConnectionOptions connection, ILogger<SftpOutboundUploader> logger)
{
    private readonly SftpConnectionOptions _connection = connection ?? throw new ArgumentNullException(nameof(connection));
    private readonly ILogger _logger = logger ?? throw new ArgumentNullException(nameof(logger));

    /// <summary>Uploads one file.</summary>
    /// <param name="remoteDirectory">The partner's folder.</param>
    /// <param name="fileName">The final file name (no folder).</param>
    /// <param name="content">The bytes.</param>
    /// <param name="cancellationToken">Cancels the upload (a leftover <c>.tmp</c> is replaced by the next attempt).</param>
    /// <returns>A task.</returns>
    /// <exception cref="ArgumentException">The name is empty, holds a '/', or ends with .tmp.</exception>
    /// <exception cref="IOException">A file of that name already exists.</exception>
    public async Task UploadAsync(string remoteDirectory, string fileName, Stream content, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(remoteDirectory);
        ArgumentNullException.ThrowIfNull(content);
        if (string.IsNullOrEmpty(fileName) || fileName.Contains('/', StringComparison.Ordinal) || fileName is "." or ".." || fileName.EndsWith(".tmp", StringComparison.OrdinalIgnoreCase))
        {
            throw new ArgumentException($"'{fileName}' is not a valid remote file name (non-empty, no '/', not ending with .tmp).", nameof(fileName));
        }

        var final = SftpInboundOptions.Combine(remoteDirectory, fileName);
        var temp = final + ".tmp";
        using var client = await SftpConnector.ConnectAsync(_connection, cancellationToken).ConfigureAwait(false);
        if (await client.ExistsAsync(final, cancellationToken).ConfigureAwait(false))
        {
            throw new IOException($"Remote file '{final}' on {_connection.Host} already exists; outbound files are never overwritten.");
        }

        var start = content.CanSeek ? content.Position : 0;
        await client.UploadFileAsync(content, temp, cancellationToken).ConfigureAwait(false);
        try
        {
            await client.RenameFileAsync(temp, final, cancellationToken).ConfigureAwait(false);
        }
        catch (Renci.SshNet.Common.SshException ex)
        {
            throw new IOException($"Could not rename '{temp}' to '{final}' on {_connection.Host} (does the target exist already?): {ex.Message}", ex);
        }

        Log.Uploaded(_logger, fileName, content.CanSeek ? content.Position - start : -1, _connection.Host);
    }
}
