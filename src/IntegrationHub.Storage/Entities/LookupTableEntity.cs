namespace IntegrationHub.Storage.Entities;

/// <summary>
/// A lookup table (units, warehouse codes, carrier codes, status maps): the current content only, with a revision
/// number that every save increments. Mappings read tables at run time, so a save takes effect on the next run.
/// </summary>
public sealed class LookupTableEntity
{
    public required string Id { get; set; }

    /// <summary>1 for the first content, incremented by every change; the optimistic concurrency token.</summary>
    public int Revision { get; set; }

    /// <summary>The table document as JSON text.</summary>
    public required string Content { get; set; }

    public required string ContentHash { get; set; }

    public string? Description { get; set; }

    /// <summary>"api", "designer" or the file the content was imported from.</summary>
    public required string Source { get; set; }

    /// <summary>The hash of the file content last imported, so that start-up imports only files changed since.</summary>
    public string? ImportedHash { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public required string UpdatedBy { get; set; }
}
