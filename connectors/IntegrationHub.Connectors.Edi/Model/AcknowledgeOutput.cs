using System.ComponentModel;

namespace IntegrationHub.Connectors.Edi.Model;

/// <summary>Output of <c>acknowledge</c>.</summary>
[Description("The acknowledgments the hub would send for the X12 text; nothing is uploaded and no control number is used up.")]
public sealed record AcknowledgeOutput
{
    /// <summary>Gets the acknowledgment interchanges (TA1 first, then 997/999).</summary>
    [Description("The acknowledgment interchanges (TA1 first, then 997/999), numbered from 1 (a preview: the partner's sequence is untouched).")]
    public required IReadOnlyList<EdiSentAcknowledgment> Acknowledgments { get; init; }

    /// <summary>Gets what was rejected.</summary>
    [Description("What was rejected (interchanges, groups, sets), with X12 positions.")]
    public required IReadOnlyList<string> Problems { get; init; }
}
