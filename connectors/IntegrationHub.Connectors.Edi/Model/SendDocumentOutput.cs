using System.ComponentModel;

namespace IntegrationHub.Connectors.Edi.Model;

/// <summary>Output of <c>sendDocument</c>.</summary>
[Description("The interchange sent.")]
public sealed record SendDocumentOutput
{
    /// <summary>Gets the transaction set id.</summary>
    [Description("Transaction set id (ST01).")]
    public required string SetId { get; init; }

    /// <summary>Gets the interchange control number.</summary>
    [Description("Interchange control number (ISA13), from the partner's sequence.")]
    public required string InterchangeControlNumber { get; init; }

    /// <summary>Gets the group control number.</summary>
    [Description("Group control number (GS06), from the partner's sequence; the partner's 997/999 quotes it in AK102.")]
    public required string GroupControlNumber { get; init; }

    /// <summary>Gets the set control number.</summary>
    [Description("Transaction set control number (ST02).")]
    public required string SetControlNumber { get; init; }

    /// <summary>Gets the business key of the document.</summary>
    [Description("Correlation key of the document (850 BEG03, 855 BAK03, 856 PRF01 or BSN02, 810 BIG04).")]
    public string? CorrelationKey { get; init; }

    /// <summary>Gets the uploaded file name.</summary>
    [Description("Uploaded file name.")]
    public required string FileName { get; init; }

    /// <summary>Gets the remote folder.</summary>
    [Description("Remote folder.")]
    public required string Folder { get; init; }

    /// <summary>Gets the X12 text.</summary>
    [Description("The interchange as X12 text.")]
    public required string Content { get; init; }

    /// <summary>Gets when the interchange was generated.</summary>
    [Description("When the interchange was generated.")]
    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>Gets whether this is the stored answer of an earlier call with the same idempotency key.</summary>
    [Description("Whether an earlier call with the same idempotency key had generated this interchange (it is never uploaded twice).")]
    public bool Replayed { get; init; }
}
