namespace IntegrationHub.Storage.Entities;

/// <summary>Progress of a bulk replay.</summary>
public sealed class BulkOperationEntity
{
    public Guid Id { get; set; }

    public required string Action { get; set; }

    /// <summary>The run filter (and cursor) as JSON.</summary>
    public required string Filter { get; set; }

    public required string Status { get; set; }

    public int Total { get; set; }

    public int Succeeded { get; set; }

    public int Failed { get; set; }

    public string? LastError { get; set; }

    public required string CreatedBy { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? CompletedAt { get; set; }
}
