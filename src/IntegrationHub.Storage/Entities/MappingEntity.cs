namespace IntegrationHub.Storage.Entities;

/// <summary>A mapping document's identity; its content lives in <see cref="MappingVersionEntity"/> rows.</summary>
public sealed class MappingEntity
{
    public required string Id { get; set; }

    public required string Name { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public required string CreatedBy { get; set; }

    public List<MappingVersionEntity> Versions { get; set; } = [];
}
