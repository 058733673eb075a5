using System.ComponentModel;

namespace IntegrationHub.Connectors.Edi.Model;

/// <summary>One inbound file a poll handled.</summary>
[Description("One inbound file a poll handled.")]
public sealed record EdiReceivedFile
{
    /// <summary>Gets the file name as the partner dropped it.</summary>
    [Description("File name as the partner dropped it.")]
    public required string Name { get; init; }

    /// <summary>Gets the SHA-256 of the content.</summary>
    [Description("SHA-256 of the content (hex); with the name, it makes a file received once.")]
    public required string Sha256 { get; init; }

    /// <summary>Gets the size in bytes.</summary>
    [Description("Size in bytes.")]
    public long Size { get; init; }

    /// <summary>Gets the outcome.</summary>
    [Description("archived, failed (error folder) or duplicate (received before, no new items).")]
    public required EdiFileOutcome Outcome { get; init; }

    /// <summary>Gets where the file was moved.</summary>
    [Description("Remote path the file was moved to.")]
    public string? MovedTo { get; init; }

    /// <summary>Gets the number of items (accepted sets and TA1s) from the file.</summary>
    [Description("Number of items (accepted sets and TA1s) from the file.")]
    public int ItemCount { get; init; }

    /// <summary>Gets what was rejected, or why the file failed.</summary>
    [Description("What was rejected (interchanges, groups, sets, with X12 positions), or why the file failed; empty when everything was accepted.")]
    public IReadOnlyList<string> Problems { get; init; } = [];
}
