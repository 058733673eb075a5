using System.Globalization;
using System.Text;
using Microsoft.Extensions.Logging;
using Renci.SshNet;
using Renci.SshNet.Common;

namespace IntegrationHub.Connectors.Edi.Transport;

/// <summary>
/// Polls a partner's SFTP inbox. Each file is first claimed by an atomic rename into this poller's processing folder
/// (so two pollers never take the same file), downloaded and handed to the handler, then moved to the archive
/// folder, or to the error folder with a <c>.error.txt</c> note when the handler throws. Files left in the
/// processing folder by a crash are handed over again on the next poll with <see cref="SftpInboundFile.IsRecovery"/>
/// set; the handler must be idempotent for them (X12 events carry stable ids).
/// </summary>
/// <param name="connection">Server and credentials.</param>
/// <param name="options">Folders and rules.</param>
/// <param name="timeProvider">Clock (file age, archive names).</param>
/// <param name="logger">Logger.</param>
public sealed class SftpInboundPoller(SftpConnectionOptions connection, SftpInboundOptions options, TimeProvider timeProvider, ILogger<SftpInboundPoller> logger)
{
    private readonly SftpConnectionOptions _connection = connection ?? throw new ArgumentNullException(nameof(connection));
    private readonly SftpInboundOptions _options = options ?? throw new ArgumentNullException(nameof(options));
    private readonly TimeProvider _time = timeProvider ?? throw new ArgumentNullException(nameof(timeProvider));
    private readonly ILogger _logger = logger ?? throw new ArgumentNullException(nameof(logger));

    /// <summary>Gets or sets how old (by modification time) a file must be before it is picked up, so files still being written are left alone.</summary>
    /// <value>The default value is 10 seconds.</value>
    public TimeSpan MinimumAge { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Runs one poll: recovers this poller's unfinished files, then claims and handles new ones.</summary>
    /// <param name="handler">Handles one file; throwing moves the file to the error folder.</param>
    /// <param name="cancellationToken">Cancels the poll (a file being handled stays claimed and is recovered later).</param>
    /// <returns>What was archived and what failed.</returns>
    public async Task<SftpPollResult> PollAsync(Func<SftpInboundFile, CancellationToken, Task> handler, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(handler);
        using var client = await SftpConnector.ConnectAsync(_connection, cancellationToken).ConfigureAwait(false);
        var processing = _options.Processing;
        foreach (var dir in new[] { _options.Archive, _options.Error, processing[..processing.LastIndexOf('/')], processing })
        {
            await EnsureDirectoryAsync(client, dir, cancellationToken).ConfigureAwait(false);
        }

        var work = new List<(string Name, bool Recovery)>();
        await foreach (var f in client.ListDirectoryAsync(processing, cancellationToken).ConfigureAwait(false))
        {
            if (f.IsRegularFile)
            {
                work.Add((f.Name, true));
            }
        }

        var now = _time.GetUtcNow().UtcDateTime;
        var candidates = new List<(string Name, DateTime Modified)>();
        await foreach (var f in client.ListDirectoryAsync(_options.InboxPath, cancellationToken).ConfigureAwait(false))
        {
            if (f.IsRegularFile && Wanted(f.Name) && now - f.LastWriteTimeUtc >= MinimumAge)
            {
                candidates.Add((f.Name, f.LastWriteTimeUtc));
            }
        }

        foreach (var (name, _) in candidates.OrderBy(c => c.Modified).ThenBy(c => c.Name, StringComparer.Ordinal))
        {
            if (work.Count >= _options.MaxFilesPerPoll)
            {
                break;
            }

            if (work.Any(w => w.Name == name))
            {
                continue;
            }

            try
            {
                // SFTP rename fails when the source is gone (another poller won) or the target exists: an atomic claim.
                await client.RenameFileAsync(SftpInboundOptions.Combine(_options.InboxPath, name), SftpInboundOptions.Combine(processing, name), cancellationToken).ConfigureAwait(false);
                work.Add((name, false));
            }
            catch (Exception ex) when (ex is SftpPathNotFoundException or SshException)
            {
                Log.ClaimLost(_logger, name);
            }
        }

        var archived = new List<string>();
        var failed = new List<string>();
        foreach (var (name, recovery) in work.Take(_options.MaxFilesPerPoll))
        {
            cancellationToken.ThrowIfCancellationRequested();
            Log.Claimed(_logger, name, _connection.Host, recovery);
            var claimed = SftpInboundOptions.Combine(processing, name);
            var stamped = $"{_time.GetUtcNow():yyyyMMdd'T'HHmmssfff}-{name}";
            Exception? error = null;
            try
            {
                using var content = new MemoryStream();
                await client.DownloadFileAsync(claimed, content, cancellationToken).ConfigureAwait(false);
                content.Position = 0;
                await handler(new SftpInboundFile(name, content, recovery), cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                error = ex;
            }

            if (error is null)
            {
                await client.RenameFileAsync(claimed, SftpInboundOptions.Combine(_options.Archive, stamped), cancellationToken).ConfigureAwait(false);
                Log.Archived(_logger, name, stamped);
                archived.Add(name);
            }
            else
            {
                var note = Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{_time.GetUtcNow():O} {name}: {error.GetType().Name}: {error.Message}\n"));
                using (var noteStream = new MemoryStream(note))
                {
                    await client.UploadFileAsync(noteStream, SftpInboundOptions.Combine(_options.Error, stamped + ".error.txt"), cancellationToken).ConfigureAwait(false);
                }

                await client.RenameFileAsync(claimed, SftpInboundOptions.Combine(_options.Error, stamped), cancellationToken).ConfigureAwait(false);
                Log.Failed(_logger, error, name, stamped);
                failed.Add(name);
            }
        }

        return new SftpPollResult(archived, failed);
    }

    private bool Wanted(string name) =>
        !name.EndsWith(".tmp", StringComparison.OrdinalIgnoreCase)
        && !name.EndsWith(".part", StringComparison.OrdinalIgnoreCase)
        && (_options.Extensions.Count == 0 || _options.Extensions.Any(e => name.EndsWith(e, StringComparison.OrdinalIgnoreCase)));

    private static async Task EnsureDirectoryAsync(SftpClient client, string path, CancellationToken cancellationToken)
    {
        if (await client.ExistsAsync(path, cancellationToken).ConfigureAwait(false))
        {
            return;
        }

        try
        {
            await client.CreateDirectoryAsync(path, cancellationToken).ConfigureAwait(false);
        }
        catch (SshException)
        {
            // Another poller may have created it at the same moment; anything else is a real failure.
            if (!await client.ExistsAsync(path, cancellationToken).ConfigureAwait(false))
            {
                throw;
            }
        }
    }
}
