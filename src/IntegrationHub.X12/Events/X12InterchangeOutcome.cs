using IntegrationHub.X12.Acknowledgments;
using IntegrationHub.X12.Model;

namespace IntegrationHub.X12.Events;

/// <summary>What <see cref="X12InboundProcessor"/> decided for one received interchange.</summary>
public sealed record X12InterchangeOutcome
{
    /// <summary>Gets the interchange as read (envelope, group summaries and issues).</summary>
    public required X12Interchange Interchange { get; init; }

    /// <summary>Gets the interchange-level verdict (a TA1), whether or not it was sent back.</summary>
    public required X12InterchangeAcknowledgment Acknowledgment { get; init; }

    /// <summary>Gets a value indicating whether the TA1 is sent back (requested with ISA14 = 1, or the interchange is not plainly accepted).</summary>
    public required bool AcknowledgmentSent { get; init; }

    /// <summary>Gets the number of events handed out from this interchange.</summary>
    public required int EventCount { get; init; }

    /// <summary>Gets the number of transaction sets of this interchange that gave no event (rejected, in a rejected group, or in a rejected interchange).</summary>
    public required int RejectedSets { get; init; }

    /// <summary>Gets a value indicating whether the whole interchange was rejected (nothing in it is processed).</summary>
    public bool IsRejected => Acknowledgment.Status == X12InterchangeAcknowledgmentStatus.Rejected;
}
