namespace IntegrationHub.Storage.Entities;

/// <summary>A flow's identity; its content lives in <see cref="FlowVersionEntity"/> rows.</summary>
public sealed class FlowEntity
{
    public required string Id { get; set; }

    public required string Name { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public required string CreatedBy { get; set; }

    public List<FlowVersionEntity> Versions { get; set; } = [];
}
