using System.ComponentModel;
using System.Text.Json.Nodes;

namespace IntegrationHub.Connectors.Edi.Model;

/// <summary>Input of <c>sendDocument</c>.</summary>
[Description("Sends one 850, 855, 856 or 810 to the partner.")]
public sealed record SendDocumentInput
{
    /// <summary>Gets the transaction set in its JSON form.</summary>
    [Description("The transaction set in the hub's X12 JSON form (docs/x12-json.md): ST required, envelope and SE ignored (taken from the partner profile and recounted).")]
    public required JsonObject Document { get; init; }

    /// <summary>Gets the remote file name.</summary>
    [Description("Remote file name; default <set>-<partner>-<ISA13>.edi.")]
    public string? FileName { get; init; }
}
