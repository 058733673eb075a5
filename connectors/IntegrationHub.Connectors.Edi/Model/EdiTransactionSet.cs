using System.ComponentModel;
using System.Text.Json.Nodes;

namespace IntegrationHub.Connectors.Edi.Model;

/// <summary>One received transaction set (or TA1), ready to be published as an event.</summary>
[Description("One received transaction set (or TA1): publish it as an event of Type with CorrelationKey.")]
public sealed record EdiTransactionSet
{
    /// <summary>Gets the event type, <c>edi.&lt;set&gt;</c>.</summary>
    [Description("Event type: edi.850, edi.855, edi.856, edi.810, edi.997, edi.999, edi.ta1 (edi.<set> for any other set).")]
    public required string Type { get; init; }

    /// <summary>Gets the correlation key.</summary>
    [Description("Correlation key: 850 BEG03, 855 BAK03, 856 PRF01 or else BSN02, 810 BIG04, 997/999 AK102, TA1 TA101; null when absent.")]
    public string? CorrelationKey { get; init; }

    /// <summary>Gets the stable id of the set.</summary>
    [Description("Stable id x12/<ISA06>/<ISA13>/<GS06>/<ST02>: the same set received again has the same id.")]
    public required string EventId { get; init; }

    /// <summary>Gets the transaction set id.</summary>
    [Description("Transaction set id (ST01), or TA1.")]
    public required string SetId { get; init; }

    /// <summary>Gets the set control number.</summary>
    [Description("Set control number (ST02); for a TA1 the acknowledged interchange control number.")]
    public required string ControlNumber { get; init; }

    /// <summary>Gets the group control number.</summary>
    [Description("Group control number (GS06); empty for a TA1.")]
    public required string GroupControlNumber { get; init; }

    /// <summary>Gets the interchange control number.</summary>
    [Description("Interchange control number (ISA13).")]
    public required string InterchangeControlNumber { get; init; }

    /// <summary>Gets the sender's interchange id.</summary>
    [Description("Sender's interchange id (ISA06).")]
    public required string SenderId { get; init; }

    /// <summary>Gets the receiver's interchange id.</summary>
    [Description("Receiver's interchange id (ISA08).")]
    public required string ReceiverId { get; init; }

    /// <summary>Gets whether the interchange is test data.</summary>
    [Description("Whether ISA15 marks test data.")]
    public bool IsTest { get; init; }

    /// <summary>Gets the inbound file the set came in.</summary>
    [Description("Inbound file the set came in (null for parse).")]
    public string? FileName { get; init; }

    /// <summary>Gets the set in its JSON form.</summary>
    [Description("The set in the hub's X12 JSON form, with envelope (docs/x12-json.md).")]
    public required JsonObject Payload { get; init; }
}
