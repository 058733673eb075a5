using IntegrationHub.Flows.Model;

namespace IntegrationHub.Runtime.Model;

/// <summary>Filters for finding runs; every field is optional.</summary>
public sealed record RunQuery
{
    /// <summary>Gets the flow id.</summary>
    public string? FlowId { get; init; }

    /// <summary>Gets the flow version.</summary>
    public int? FlowVersion { get; init; }

    /// <summary>Gets the statuses.</summary>
    public IReadOnlyList<RunStatus> Statuses { get; init; } = [];

    /// <summary>Gets the error category of failed runs.</summary>
    public ErrorCategory? ErrorCategory { get; init; }

    /// <summary>Gets the inclusive lower bound of the creation time.</summary>
    public DateTimeOffset? From { get; init; }

    /// <summary>Gets the exclusive upper bound of the creation time.</summary>
    public DateTimeOffset? To { get; init; }

    /// <summary>Gets a business key value (any key name), e.g. an order number.</summary>
    public string? BusinessKey { get; init; }

    /// <summary>Gets a business key name to restrict <see cref="BusinessKey"/> to.</summary>
    public string? BusinessKeyName { get; init; }

    /// <summary>Gets the correlation id.</summary>
    public string? CorrelationId { get; init; }

    /// <summary>Gets the page size. The default value is 50.</summary>
    public int Limit { get; init; } = 50;

    /// <summary>Gets the paging cursor: only runs created strictly before this instant.</summary>
    public DateTimeOffset? CreatedBefore { get; init; }
}
