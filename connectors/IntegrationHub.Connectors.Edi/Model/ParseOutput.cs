using System.ComponentModel;
using System.Text.Json.Nodes;

namespace IntegrationHub.Connectors.Edi.Model;

/// <summary>Output of <c>parse</c>.</summary>
[Description("The interchanges as JSON, one item per accepted set, and what was rejected.")]
public sealed record ParseOutput
{
    /// <summary>Gets the interchange JSON form.</summary>
    [Description("The interchange form {\"interchanges\": [...]} (docs/x12-json.md), with every set and issue.")]
    public required JsonObject Interchanges { get; init; }

    /// <summary>Gets one item per accepted set (and TA1).</summary>
    [Description("One item per accepted transaction set (and TA1), as receiveInterchanges gives them.")]
    public required IReadOnlyList<EdiTransactionSet> Items { get; init; }

    /// <summary>Gets what was rejected, with X12 positions.</summary>
    [Description("What was rejected (interchanges, groups, sets), with X12 positions; empty when everything is accepted.")]
    public required IReadOnlyList<string> Problems { get; init; }

    /// <summary>Gets whether everything was accepted.</summary>
    [Description("Whether every interchange, group and set was accepted.")]
    public bool Valid { get; init; }
}
