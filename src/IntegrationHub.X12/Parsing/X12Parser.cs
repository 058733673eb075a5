using System.Text;
using IntegrationHub.X12.Model;

namespace IntegrationHub.X12.Parsing;

/// <summary>Reads whole documents into memory (for small inputs, the CLI and tests). For large inputs use <see cref="X12Reader"/>.</summary>
public static class X12Parser
{
    /// <summary>Reads every interchange of a stream, keeping the transaction sets.</summary>
    /// <param name="stream">The input.</param>
    /// <param name="options">Options; <see cref="X12ReaderOptions.KeepTransactionSets"/> is forced on.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The interchanges in order.</returns>
    /// <exception cref="X12ParseException">The input is malformed.</exception>
    public static async Task<IReadOnlyList<X12Interchange>> ParseAsync(Stream stream, X12ReaderOptions? options = null, CancellationToken cancellationToken = default)
    {
        using var reader = new X12Reader(stream, Keep(options), leaveOpen: true);
        var result = new List<X12Interchange>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            if (reader.Kind == X12ReaderItemKind.InterchangeStart)
            {
                result.Add(reader.Interchange!);
            }
        }

        return result;
    }

    /// <summary>Reads every interchange of a byte array.</summary>
    /// <param name="bytes">The input.</param>
    /// <param name="options">Options.</param>
    /// <returns>The interchanges.</returns>
    /// <exception cref="X12ParseException">The input is malformed.</exception>
    public static IReadOnlyList<X12Interchange> Parse(byte[] bytes, X12ReaderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        using var reader = new X12Reader(new MemoryStream(bytes, writable: false), Keep(options));
        var result = new List<X12Interchange>();
        while (reader.Read())
        {
            if (reader.Kind == X12ReaderItemKind.InterchangeStart)
            {
                result.Add(reader.Interchange!);
            }
        }

        return result;
    }

    /// <summary>Reads every interchange of a string (encoded as UTF-8).</summary>
    /// <param name="text">The input.</param>
    /// <param name="options">Options.</param>
    /// <returns>The interchanges.</returns>
    /// <exception cref="X12ParseException">The input is malformed.</exception>
    public static IReadOnlyList<X12Interchange> Parse(string text, X12ReaderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Parse(Encoding.UTF8.GetBytes(text), options);
    }

    private static X12ReaderOptions Keep(X12ReaderOptions? options) => new()
    {
        ThrowOnEnvelopeErrors = options?.ThrowOnEnvelopeErrors ?? true,
        ValidateSyntax = options?.ValidateSyntax ?? true,
        MaxSegmentLength = options?.MaxSegmentLength ?? 1024 * 1024,
        BufferSize = options?.BufferSize ?? 64 * 1024,
        KeepTransactionSets = true,
    };
}
