namespace IntegrationHub.X12.Parsing;

/// <summary>Options of <see cref="X12Reader"/>.</summary>
public sealed class X12ReaderOptions
{
    /// <summary>Gets or sets a value indicating whether envelope errors (control numbers, counts, missing trailers) throw <see cref="X12ParseException"/>.</summary>
    /// <value>The default value is <see langword="true"/>. Set it to <see langword="false"/> to collect them as issues, e.g. to acknowledge a rejected group.</value>
    public bool ThrowOnEnvelopeErrors { get; set; } = true;

    /// <summary>Gets or sets a value indicating whether segments and elements are checked against the set specs (issues, never exceptions).</summary>
    /// <value>The default value is <see langword="true"/>.</value>
    public bool ValidateSyntax { get; set; } = true;

    /// <summary>Gets or sets the maximum length of one segment in bytes; longer input is rejected (bounds memory).</summary>
    /// <value>The default value is 1 MiB.</value>
    public int MaxSegmentLength { get; set; } = 1024 * 1024;

    /// <summary>Gets or sets the read buffer size in bytes.</summary>
    /// <value>The default value is 64 KiB.</value>
    public int BufferSize { get; set; } = 64 * 1024;

    /// <summary>Gets or sets a value indicating whether read transaction sets are also kept in <see cref="Model.X12FunctionalGroup.TransactionSets"/> (needs memory proportional to the input).</summary>
    /// <value>The default value is <see langword="false"/>.</value>
    public bool KeepTransactionSets { get; set; }
}
