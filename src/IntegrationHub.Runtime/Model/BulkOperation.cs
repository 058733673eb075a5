namespace IntegrationHub.Runtime.Model;

/// <summary>A bulk replay: which runs (a filter), what to do to each, and how far it got.</summary>
public sealed record BulkOperation
{
    /// <summary>Gets the id.</summary>
    public required Guid Id { get; init; }

    /// <summary>Gets the action: retry (from the failed step) or restart (from the beginning).</summary>
    public required string Action { get; init; }

    /// <summary>Gets the filter selecting the runs.</summary>
    public required RunQuery Filter { get; init; }

    /// <summary>Gets the status: running, completed, failed.</summary>
    public required string Status { get; init; }

    /// <summary>Gets how many runs matched when the operation started.</summary>
    public int Total { get; init; }

    /// <summary>Gets how many were replayed.</summary>
    public int Succeeded { get; init; }

    /// <summary>Gets how many could not be replayed (state changed meanwhile).</summary>
    public int Failed { get; init; }

    /// <summary>Gets the last problem met, if any.</summary>
    public string? LastError { get; init; }

    /// <summary>Gets who started it.</summary>
    public required string CreatedBy { get; init; }

    /// <summary>Gets when it started.</summary>
    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>Gets when it ended.</summary>
    public DateTimeOffset? CompletedAt { get; init; }
}
