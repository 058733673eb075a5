using IntegrationHub.Connectors.Edi.Model;

namespace IntegrationHub.Connectors.Edi.Internal;

/// <summary>
/// State of one received file (<c>in/file/{sha256(name, sha256(content))}</c>), written once its content has been read and
/// its acknowledgments generated: the items, the acknowledgments (with their control numbers, so a resumed poll uploads
/// the very same ones), and which poll owns it. A file with the same name and content is never processed again.
/// </summary>
internal sealed record InboundFileRecord
{
    public required string Name { get; init; }

    public required string Sha256 { get; init; }

    public long Size { get; init; }

    public required string Batch { get; init; }

    public DateTimeOffset ReceivedAt { get; init; }

    public required EdiFileOutcome Outcome { get; init; }

    public List<string> Problems { get; init; } = [];

    public List<EdiTransactionSet> Items { get; init; } = [];

    public List<PendingAcknowledgment> Acknowledgments { get; init; } = [];

    public string? MovedTo { get; init; }
}
