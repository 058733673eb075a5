namespace IntegrationHub.Connectors.Edi.Internal;

/// <summary>State of one sent document (<c>out/{sha256(idempotency key)}</c>): the interchange generated for it and whether it was uploaded.</summary>
internal sealed record OutboundRecord
{
    public required string DocumentHash { get; init; }

    public required string SetId { get; init; }

    public required string InterchangeControlNumber { get; init; }

    public required string GroupControlNumber { get; init; }

    public required string SetControlNumber { get; init; }

    public string? CorrelationKey { get; init; }

    public required string FileName { get; init; }

    public required string Folder { get; init; }

    public required string Content { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public bool Uploaded { get; init; }

    public DateTimeOffset? UploadedAt { get; init; }
}
