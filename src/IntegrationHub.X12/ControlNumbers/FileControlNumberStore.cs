using System.Globalization;
using System.Text;

namespace IntegrationHub.X12.ControlNumbers;

/// <summary>
/// Control numbers persisted in a folder, one small file per partner and sequence (for the CLI and single-node tools;
/// the server keeps them in its database). Safe across processes: an exclusive lock file guards each allocation, and
/// the new value is flushed to disk and atomically renamed into place before it is returned.
/// </summary>
/// <param name="directory">The folder (created when missing).</param>
public sealed class FileControlNumberStore(string directory) : IControlNumberStore, IDisposable
{
    private readonly string _directory = directory ?? throw new ArgumentNullException(nameof(directory));
    private readonly SemaphoreSlim _gate = new(1, 1);

    /// <inheritdoc />
    public void Dispose() => _gate.Dispose();

    /// <inheritdoc />
    public async ValueTask<long> NextAsync(string partnerId, X12ControlNumberKind kind, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(partnerId);
        Directory.CreateDirectory(_directory);
        var name = Sanitize(partnerId) + "." + kind.ToString().ToLowerInvariant();
        var path = Path.Combine(_directory, name + ".seq");
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            using var lockFile = await AcquireAsync(Path.Combine(_directory, name + ".lock"), cancellationToken).ConfigureAwait(false);
            long last = 0;
            if (File.Exists(path))
            {
                var text = (await File.ReadAllTextAsync(path, cancellationToken).ConfigureAwait(false)).Trim();
                if (!long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out last))
                {
                    throw new InvalidDataException($"Control-number file '{path}' holds '{text}', not a number; fix or remove it (numbers must never be reused).");
                }
            }

            var next = X12ControlNumbers.Next(last, partnerId, kind);
            var temp = path + ".tmp";
            await using (var fs = new FileStream(temp, FileMode.Create, FileAccess.Write, FileShare.None, 4096, FileOptions.WriteThrough))
            {
                await fs.WriteAsync(Encoding.ASCII.GetBytes(next.ToString(CultureInfo.InvariantCulture)), cancellationToken).ConfigureAwait(false);
                fs.Flush(flushToDisk: true);
            }

            File.Move(temp, path, overwrite: true);
            return next;
        }
        finally
        {
            _gate.Release();
        }
    }

    private static async Task<FileStream> AcquireAsync(string path, CancellationToken cancellationToken)
    {
        var delay = TimeSpan.FromMilliseconds(5);
        while (true)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException)
            {
                // Another process holds the sequence: back off briefly and retry until the caller cancels.
                await Task.Delay(delay, cancellationToken).ConfigureAwait(false);
                delay = TimeSpan.FromMilliseconds(Math.Min(delay.TotalMilliseconds * 2, 200));
            }
        }
    }

    private static string Sanitize(string id) =>
        string.Concat(id.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' ? c : '_')) + "-" + Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(id)).AsSpan(0, 4));
}
