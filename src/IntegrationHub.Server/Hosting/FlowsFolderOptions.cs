namespace IntegrationHub.Server.Hosting;

/// <summary>Where flow files come from. Section <c>Hub:Flows</c>.</summary>
public sealed class FlowsFolderOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Hub:Flows";

    /// <summary>Gets or sets the folder holding <c>*.flow.json</c>, <c>mappings/</c> and <c>schemas/</c>.</summary>
    /// <value>The default value is null: the nearest <c>flows</c> folder at or above the content root.</value>
    public string? Folder { get; set; }

    /// <summary>Gets or sets whether flow files are imported at start-up (a new version only when content changed).</summary>
    /// <value>The default value is true.</value>
    public bool ImportOnStartup { get; set; } = true;

    /// <summary>Resolves the folder, or null when there is none.</summary>
    public string? Resolve(string contentRoot)
    {
        if (!string.IsNullOrWhiteSpace(Folder))
        {
            return Path.GetFullPath(Folder, contentRoot);
        }

        for (var dir = new DirectoryInfo(contentRoot); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "flows");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
