namespace IntegrationHub.Contracts.Designer;

/// <summary>Which runs to list: every filter is optional; runs are listed newest first.</summary>
public sealed record RunSearch
{
    /// <summary>The default page size.</summary>
    public const int DefaultPageSize = 25;

    /// <summary>Gets the flow id.</summary>
    public string? FlowId { get; init; }

    /// <summary>Gets the statuses (pending, running, scheduled, waiting, succeeded, failed, cancelled); empty for all.</summary>
    public IReadOnlyList<string> Statuses { get; init; } = [];

    /// <summary>Gets the error category of failed runs (transient, dataQuality, partner, business, platform).</summary>
    public string? ErrorCategory { get; init; }

    /// <summary>Gets the inclusive lower bound of the start time.</summary>
    public DateTimeOffset? From { get; init; }

    /// <summary>Gets the exclusive upper bound of the start time.</summary>
    public DateTimeOffset? To { get; init; }

    /// <summary>Gets a business key value (order number, PO number, customer id…), whatever the key's name.</summary>
    public string? BusinessKey { get; init; }

    /// <summary>Gets the correlation id.</summary>
    public string? CorrelationId { get; init; }

    /// <summary>Gets the page cursor: only runs started strictly before this instant (<see cref="RunPage.NextBefore"/> of the previous page).</summary>
    public DateTimeOffset? Before { get; init; }

    /// <summary>Gets the page size (1 to 200). The default value is <see cref="DefaultPageSize"/>.</summary>
    public int PageSize { get; init; } = DefaultPageSize;
}
