namespace IntegrationHub.X12.Model;

/// <summary>One interchange (ISA..IEA).</summary>
/// <param name="header">The ISA segment.</param>
/// <param name="delimiters">The delimiters the ISA declares.</param>
public sealed class X12Interchange(X12Segment header, X12Delimiters delimiters)
{
    /// <summary>Gets the ISA segment (values as read, including padding).</summary>
    public X12Segment Header { get; } = header ?? throw new ArgumentNullException(nameof(header));

    /// <summary>Gets the delimiters.</summary>
    public X12Delimiters Delimiters { get; } = delimiters ?? throw new ArgumentNullException(nameof(delimiters));

    /// <summary>Gets or sets the IEA segment (<see langword="null"/> when missing).</summary>
    public X12Segment? Trailer { get; set; }

    /// <summary>Gets the interchange control number (ISA13).</summary>
    public string ControlNumber => Header.GetValue(13);

    /// <summary>Gets the control version (ISA12), e.g. <c>00401</c>.</summary>
    public string Version => Header.GetValue(12);

    /// <summary>Gets the sender id (ISA06, trimmed).</summary>
    public string SenderId => Header.GetValue(6).TrimEnd();

    /// <summary>Gets the receiver id (ISA08, trimmed).</summary>
    public string ReceiverId => Header.GetValue(8).TrimEnd();

    /// <summary>Gets interchange-level segments outside any group, in order (TA1, ISB, ISE, ...).</summary>
    public IList<X12Segment> ServiceSegments { get; } = [];

    /// <summary>Gets the functional groups.</summary>
    public IList<X12FunctionalGroup> Groups { get; } = [];

    /// <summary>Gets the interchange-level problems (ISA/IEA).</summary>
    public IList<X12Issue> Issues { get; } = [];
}
