namespace IntegrationHub.X12.Model;

/// <summary>One functional group (GS..GE).</summary>
/// <param name="header">The GS segment.</param>
public sealed class X12FunctionalGroup(X12Segment header)
{
    /// <summary>Gets the GS segment.</summary>
    public X12Segment Header { get; } = header ?? throw new ArgumentNullException(nameof(header));

    /// <summary>Gets or sets the GE segment (<see langword="null"/> when missing).</summary>
    public X12Segment? Trailer { get; set; }

    /// <summary>Gets the functional identifier code (GS01), e.g. <c>PO</c>.</summary>
    public string FunctionalId => Header.GetValue(1);

    /// <summary>Gets the group control number (GS06).</summary>
    public string ControlNumber => Header.GetValue(6);

    /// <summary>Gets the version / release / industry identifier (GS08), e.g. <c>004010</c>.</summary>
    public string Version => Header.GetValue(8);

    /// <summary>Gets the transaction sets (empty when the input was streamed without keeping sets).</summary>
    public IList<X12TransactionSet> TransactionSets { get; } = [];

    /// <summary>Gets a summary of every received set (always filled, also when streaming).</summary>
    public IList<X12TransactionSetSummary> SetSummaries { get; } = [];

    /// <summary>Gets the group-level problems (GS/GE).</summary>
    public IList<X12Issue> Issues { get; } = [];
}
