namespace IntegrationHub.Connectors.Edi.Transport;

/// <summary>Folders and rules of inbound polling.</summary>
public sealed class SftpInboundOptions
{
    /// <summary>Gets or sets the folder the partner drops files into.</summary>
    public required string InboxPath { get; set; }

    /// <summary>Gets or sets where successfully handled files go.</summary>
    /// <value>The default value is <c>&lt;inbox&gt;/archive</c>.</value>
    public string? ArchivePath { get; set; }

    /// <summary>Gets or sets where files whose handling failed go (with a <c>.error.txt</c> note).</summary>
    /// <value>The default value is <c>&lt;inbox&gt;/error</c>.</value>
    public string? ErrorPath { get; set; }

    /// <summary>Gets or sets where files are claimed while handled (per poller, see <see cref="PollerId"/>).</summary>
    /// <value>The default value is <c>&lt;inbox&gt;/processing</c>.</value>
    public string? ProcessingPath { get; set; }

    /// <summary>Gets or sets the id of this poller (e.g. the node name); files it claimed but did not finish are taken up again by the same id after a crash.</summary>
    /// <value>The default value is <c>default</c>.</value>
    public string PollerId { get; set; } = "default";

    /// <summary>Gets or sets the file name suffixes picked up (case-insensitive); empty for every file.</summary>
    /// <value>The default value is <c>.edi</c>, <c>.x12</c>, <c>.txt</c>.</value>
    public IList<string> Extensions { get; } = [".edi", ".x12", ".txt"];

    /// <summary>Gets or sets the maximum number of files handled per poll.</summary>
    /// <value>The default value is 100.</value>
    public int MaxFilesPerPoll { get; set; } = 100;

    internal string Archive => ArchivePath ?? Combine(InboxPath, "archive");

    internal string Error => ErrorPath ?? Combine(InboxPath, "error");

    internal string Processing => Combine(ProcessingPath ?? Combine(InboxPath, "processing"), PollerId);

    internal static string Combine(string a, string b) => a.EndsWith('/') ? a + b : a + "/" + b;
}
