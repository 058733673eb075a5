using System.ComponentModel;

namespace IntegrationHub.Connectors.Edi.Model;

/// <summary>Input of <c>parse</c> and <c>acknowledge</c>.</summary>
[Description("X12 text to read.")]
public sealed record ParseInput
{
    /// <summary>Gets the X12 text.</summary>
    [Description("The X12 text (one or more interchanges).")]
    public required string Content { get; init; }
}
