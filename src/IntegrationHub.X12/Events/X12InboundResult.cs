using IntegrationHub.X12.Model;

namespace IntegrationHub.X12.Events;

/// <summary>Outcome of <see cref="X12InboundProcessor.ProcessAsync"/>.</summary>
public sealed record X12InboundResult
{
    /// <summary>Gets the interchanges read (envelopes, group summaries and issues; sets are not kept).</summary>
    public required IReadOnlyList<X12Interchange> Interchanges { get; init; }

    /// <summary>Gets the acknowledgment interchanges to send back (one per received interchange with groups), as X12 text.</summary>
    public required IReadOnlyList<string> Acknowledgments { get; init; }

    /// <summary>Gets the number of events handed to the callback.</summary>
    public required int EventCount { get; init; }

    /// <summary>Gets the number of sets rejected (no event).</summary>
    public required int RejectedSets { get; init; }
}
