using System.ComponentModel;

namespace IntegrationHub.Connectors.Edi.Model;

/// <summary>An acknowledgment interchange sent to the partner.</summary>
[Description("An acknowledgment interchange uploaded to the partner.")]
public sealed record EdiSentAcknowledgment
{
    /// <summary>Gets the kind.</summary>
    [Description("997, 999 or TA1.")]
    public required string Type { get; init; }

    /// <summary>Gets the uploaded file name.</summary>
    [Description("Uploaded file name.")]
    public required string FileName { get; init; }

    /// <summary>Gets our interchange control number.</summary>
    [Description("Interchange control number of the acknowledgment (ISA13, from the partner's sequence).")]
    public required string InterchangeControlNumber { get; init; }

    /// <summary>Gets the acknowledged interchange.</summary>
    [Description("Control number of the received interchange it acknowledges.")]
    public required string AcknowledgedControlNumber { get; init; }

    /// <summary>Gets the inbound file it answers.</summary>
    [Description("Inbound file it answers (null for acknowledge).")]
    public string? ForFile { get; init; }

    /// <summary>Gets the X12 text.</summary>
    [Description("The acknowledgment as X12 text.")]
    public required string Content { get; init; }
}
