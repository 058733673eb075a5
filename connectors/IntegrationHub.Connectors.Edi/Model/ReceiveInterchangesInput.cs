using System.ComponentModel;

namespace IntegrationHub.Connectors.Edi.Model;

/// <summary>Input of <c>receiveInterchanges</c>.</summary>
[Description("Polls the partner's inbound folder once.")]
public sealed record ReceiveInterchangesInput
{
    /// <summary>Gets the maximum number of files to take in this poll.</summary>
    [Description("Maximum number of files to take in this poll; default: the connection's MaxFilesPerPoll.")]
    public int? MaxFiles { get; init; }
}
