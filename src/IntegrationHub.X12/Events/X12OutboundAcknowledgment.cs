using IntegrationHub.X12.Model;

namespace IntegrationHub.X12.Events;

/// <summary>An acknowledgment interchange to send back to the sender of a received interchange.</summary>
public sealed record X12OutboundAcknowledgment
{
    /// <summary>Gets what it carries: <c>997</c>, <c>999</c> or <c>TA1</c>.</summary>
    public required string Type { get; init; }

    /// <summary>Gets the control number of the received interchange it answers (ISA13).</summary>
    public required string AcknowledgedControlNumber { get; init; }

    /// <summary>Gets the generated interchange (its ISA13 is a fresh control number of the partner's sequence).</summary>
    public required X12Interchange Interchange { get; init; }

    /// <summary>Gets the interchange as X12 text.</summary>
    public required string Text { get; init; }

    /// <summary>Gets the generated interchange's control number (ISA13).</summary>
    public string ControlNumber => Interchange.ControlNumber;
}
