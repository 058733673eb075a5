namespace IntegrationHub.Storage.Entities;

/// <summary>A business key of a run (order number, PO number, shipment id) for search.</summary>
public sealed class RunKeyEntity
{
    public Guid RunId { get; set; }

    public required string Name { get; set; }

    public required string Value { get; set; }
}
