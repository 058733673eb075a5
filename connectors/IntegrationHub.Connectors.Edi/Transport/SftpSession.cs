using Renci.SshNet;
using Renci.SshNet.Common;

namespace IntegrationHub.Connectors.Edi.Transport;

/// <summary>
/// One SFTP connection with the few primitives the EDI transport needs. Renames never overwrite (OpenSSH's SFTP rename
/// fails when the target exists), which makes a rename an atomic claim; uploads go to <c>&lt;name&gt;.tmp</c> first and are
/// renamed into place so a partner never sees a partial file.
/// </summary>
internal sealed class SftpSession : IDisposable
{
    private readonly SftpClient _client;

    private SftpSession(SftpClient client, string host)
    {
        _client = client;
        Host = host;
    }

    public string Host { get; }

    public static async Task<SftpSession> OpenAsync(SftpConnectionOptions options, Action hostKeyRejected, CancellationToken cancellationToken) =>
        new(await SftpConnector.ConnectAsync(options, hostKeyRejected, cancellationToken).ConfigureAwait(false), options.Host);

    public static string Combine(string folder, string name) => folder.EndsWith('/') ? folder + name : folder + "/" + name;

    public async Task<bool> ExistsAsync(string path, CancellationToken cancellationToken) =>
        await _client.ExistsAsync(path, cancellationToken).ConfigureAwait(false);

    public async Task EnsureDirectoryAsync(string path, CancellationToken cancellationToken)
    {
        if (await _client.ExistsAsync(path, cancellationToken).ConfigureAwait(false))
        {
            return;
        }

        try
        {
            await _client.CreateDirectoryAsync(path, cancellationToken).ConfigureAwait(false);
        }
        catch (SshException)
        {
            // Another poller may have created it at the same moment; anything else is a real failure.
            if (!await _client.ExistsAsync(path, cancellationToken).ConfigureAwait(false))
            {
                throw;
            }
        }
    }

    public async Task<IReadOnlyList<SftpRemoteFile>> ListFilesAsync(string folder, CancellationToken cancellationToken)
    {
        var files = new List<SftpRemoteFile>();
        await foreach (var f in _client.ListDirectoryAsync(folder, cancellationToken).ConfigureAwait(false))
        {
            if (f.IsRegularFile)
            {
                files.Add(new SftpRemoteFile(f.Name, f.Length, f.LastWriteTimeUtc));
            }
        }

        return files;
    }

    public async Task<IReadOnlyList<SftpRemoteFile>> ListDirectoriesAsync(string folder, CancellationToken cancellationToken)
    {
        var dirs = new List<SftpRemoteFile>();
        await foreach (var f in _client.ListDirectoryAsync(folder, cancellationToken).ConfigureAwait(false))
        {
            if (f.IsDirectory && f.Name is not "." and not "..")
            {
                dirs.Add(new SftpRemoteFile(f.Name, 0, f.LastWriteTimeUtc));
            }
        }

        return dirs;
    }

    /// <summary>Renames a file; <see langword="false"/> when the source is gone or the target exists (someone else won).</summary>
    public async Task<bool> TryRenameAsync(string from, string to, CancellationToken cancellationToken)
    {
        try
        {
            await _client.RenameFileAsync(from, to, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (Exception ex) when (ex is SftpPathNotFoundException || (ex is SshException && ex is not SshConnectionException && ex is not SftpPermissionDeniedException))
        {
            return false;
        }
    }

    public async Task<byte[]> DownloadAsync(string path, CancellationToken cancellationToken)
    {
        using var content = new MemoryStream();
        await _client.DownloadFileAsync(path, content, cancellationToken).ConfigureAwait(false);
        return content.ToArray();
    }

    /// <summary>Uploads under a temporary name, then renames; an existing file with the same bytes counts as done, one with other bytes is an error.</summary>
    /// <exception cref="IOException">A different file of that name exists already; outbound files are never overwritten.</exception>
    public async Task<SftpUploadOutcome> UploadAsync(string folder, string fileName, byte[] content, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(folder);
        ArgumentNullException.ThrowIfNull(content);
        if (string.IsNullOrEmpty(fileName) || fileName.Contains('/', StringComparison.Ordinal) || fileName is "." or ".." || fileName.EndsWith(".tmp", StringComparison.OrdinalIgnoreCase))
        {
            throw new ArgumentException($"'{fileName}' is not a valid remote file name (non-empty, no '/', not ending with .tmp).", nameof(fileName));
        }

        var final = Combine(folder, fileName);
        if (await SameContentAsync(final, content, cancellationToken).ConfigureAwait(false) is { } same)
        {
            return same ? SftpUploadOutcome.AlreadyPresent : throw Conflict(final);
        }

        var temp = final + ".tmp";
        using (var stream = new MemoryStream(content, writable: false))
        {
            // A leftover temporary file of a crashed attempt is simply overwritten.
            await _client.UploadFileAsync(stream, temp, cancellationToken).ConfigureAwait(false);
        }

        if (await TryRenameAsync(temp, final, cancellationToken).ConfigureAwait(false))
        {
            return SftpUploadOutcome.Uploaded;
        }

        // Someone wrote the final name meanwhile: fine if it is the same document, an error otherwise.
        var raced = await SameContentAsync(final, content, cancellationToken).ConfigureAwait(false);
        await TryDeleteAsync(temp, cancellationToken).ConfigureAwait(false);
        return raced == true ? SftpUploadOutcome.AlreadyPresent : throw Conflict(final);
    }

    public async Task WriteAsync(string path, byte[] content, CancellationToken cancellationToken)
    {
        using var stream = new MemoryStream(content, writable: false);
        await _client.UploadFileAsync(stream, path, cancellationToken).ConfigureAwait(false);
    }

    public async Task TryDeleteAsync(string path, CancellationToken cancellationToken)
    {
        try
        {
            await _client.DeleteFileAsync(path, cancellationToken).ConfigureAwait(false);
        }
        catch (SshException ex) when (ex is not SshConnectionException)
        {
            // Best effort: a leftover is harmless.
        }
    }

    public async Task TryDeleteDirectoryAsync(string path, CancellationToken cancellationToken)
    {
        try
        {
            await _client.DeleteDirectoryAsync(path, cancellationToken).ConfigureAwait(false);
        }
        catch (SshException ex) when (ex is not SshConnectionException)
        {
            // Not empty (a file arrived from adoption) or already gone: harmless.
        }
    }

    public void Dispose() => _client.Dispose();

    private IOException Conflict(string path) =>
        new($"Remote file '{path}' on {Host} already exists with different content; outbound files are never overwritten.");

    private async Task<bool?> SameContentAsync(string path, byte[] content, CancellationToken cancellationToken)
    {
        if (!await _client.ExistsAsync(path, cancellationToken).ConfigureAwait(false))
        {
            return null;
        }

        var existing = await DownloadAsync(path, cancellationToken).ConfigureAwait(false);
        return existing.AsSpan().SequenceEqual(content);
    }
}
