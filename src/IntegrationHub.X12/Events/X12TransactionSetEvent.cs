using System.Text.Json.Nodes;

namespace IntegrationHub.X12.Events;

/// <summary>One received transaction set (or TA1 interchange acknowledgment, type <c>edi.ta1</c>) as a runtime event.</summary>
public sealed record X12TransactionSetEvent
{
    /// <summary>Gets a stable id: <c>x12/{ISA06}/{ISA13}/{GS06}/{ST02}</c> (a re-delivered file yields the same ids, so events apply once).</summary>
    public required string EventId { get; init; }

    /// <summary>Gets the event type, <c>edi.&lt;set&gt;</c>, e.g. <c>edi.850</c>.</summary>
    public required string Type { get; init; }

    /// <summary>Gets the correlation key (850 BEG03, 855 BAK03, 856 PRF01 or else BSN02, 810 BIG04, 997/999 AK102), or <see langword="null"/> when absent.</summary>
    public string? CorrelationKey { get; init; }

    /// <summary>Gets the sender's interchange id (ISA06, trimmed).</summary>
    public required string SenderId { get; init; }

    /// <summary>Gets the receiver's interchange id (ISA08, trimmed).</summary>
    public required string ReceiverId { get; init; }

    /// <summary>Gets the interchange control number (ISA13).</summary>
    public required string InterchangeControlNumber { get; init; }

    /// <summary>Gets the group control number (GS06); empty for a TA1.</summary>
    public required string GroupControlNumber { get; init; }

    /// <summary>Gets the set control number (ST02); for a TA1 the acknowledged interchange control number (TA101).</summary>
    public required string ControlNumber { get; init; }

    /// <summary>Gets a value indicating whether ISA15 marks test data.</summary>
    public bool IsTest { get; init; }

    /// <summary>Gets the set in its JSON form (with envelope).</summary>
    public required JsonObject Payload { get; init; }
}
