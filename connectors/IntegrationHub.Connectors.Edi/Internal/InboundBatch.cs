using IntegrationHub.Connectors.Edi.Model;

namespace IntegrationHub.Connectors.Edi.Internal;

/// <summary>State of one poll (<c>in/batch/{id}</c>): the files it owns, in order, so a retried call with the same idempotency key returns the same answer.</summary>
internal sealed record InboundBatch
{
    public required string Id { get; init; }

    public bool Complete { get; init; }

    public DateTimeOffset StartedAt { get; init; }

    public DateTimeOffset UpdatedAt { get; init; }

    public List<string> Files { get; init; } = [];

    public List<EdiReceivedFile> Duplicates { get; init; } = [];

    public bool MoreWaiting { get; init; }
}
