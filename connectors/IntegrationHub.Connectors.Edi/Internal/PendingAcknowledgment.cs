namespace IntegrationHub.Connectors.Edi.Internal;

/// <summary>An acknowledgment generated for a received file, and whether it has been uploaded.</summary>
internal sealed record PendingAcknowledgment
{
    public required string Type { get; init; }

    public required string FileName { get; init; }

    public required string InterchangeControlNumber { get; init; }

    public required string AcknowledgedControlNumber { get; init; }

    public required string Content { get; init; }

    public bool Uploaded { get; init; }
}
