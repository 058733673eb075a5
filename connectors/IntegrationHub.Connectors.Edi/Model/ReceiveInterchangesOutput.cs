using System.ComponentModel;

namespace IntegrationHub.Connectors.Edi.Model;

/// <summary>Output of <c>receiveInterchanges</c>.</summary>
[Description("What one poll received: one item per accepted transaction set, the files and the acknowledgments sent.")]
public sealed record ReceiveInterchangesOutput
{
    /// <summary>Gets one item per accepted transaction set (and received TA1), in file order.</summary>
    [Description("One item per accepted transaction set (and received TA1), in file order.")]
    public required IReadOnlyList<EdiTransactionSet> Items { get; init; }

    /// <summary>Gets the files handled.</summary>
    [Description("The files handled.")]
    public required IReadOnlyList<EdiReceivedFile> Files { get; init; }

    /// <summary>Gets the acknowledgments uploaded.</summary>
    [Description("The 997/999/TA1 acknowledgments uploaded to the partner.")]
    public required IReadOnlyList<EdiSentAcknowledgment> Acknowledgments { get; init; }

    /// <summary>Gets whether this is the stored answer of an earlier call with the same idempotency key.</summary>
    [Description("Whether this answer was recorded by an earlier call with the same idempotency key (a retried step).")]
    public bool Replayed { get; init; }

    /// <summary>Gets whether more files were waiting than this poll took.</summary>
    [Description("Whether more files were waiting than this poll took.")]
    public bool MoreWaiting { get; init; }
}
