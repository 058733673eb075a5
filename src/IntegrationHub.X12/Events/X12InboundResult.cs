using IntegrationHub.X12.Model;

namespace IntegrationHub.X12.Events;

/// <summary>Outcome of <see cref="X12InboundProcessor.ProcessAsync"/>.</summary>
public sealed record X12InboundResult
{
    /// <summary>Gets the interchanges read (envelopes, group summaries and issues; sets are not kept).</summary>
    public required IReadOnlyList<X12Interchange> Interchanges { get; init; }

    /// <summary>Gets what was decided for each interchange, in the order read.</summary>
    public IReadOnlyList<X12InterchangeOutcome> Outcomes { get; init; } = [];

    /// <summary>Gets the functional acknowledgment interchanges (997 / 999) to send back, as X12 text, one per accepted interchange with groups and acknowledgment type.</summary>
    public required IReadOnlyList<string> Acknowledgments { get; init; }

    /// <summary>Gets the TA1 interchange acknowledgments to send back, as X12 text (see <see cref="X12InterchangeOutcome.AcknowledgmentSent"/>).</summary>
    public IReadOnlyList<string> InterchangeAcknowledgments { get; init; } = [];

    /// <summary>Gets every acknowledgment interchange to send (TA1 first, then 997 / 999, per received interchange), with its type and control number.</summary>
    public IReadOnlyList<X12OutboundAcknowledgment> Outbound { get; init; } = [];

    /// <summary>Gets the number of events handed to the callback.</summary>
    public required int EventCount { get; init; }

    /// <summary>Gets the number of sets rejected (no event).</summary>
    public required int RejectedSets { get; init; }
}
