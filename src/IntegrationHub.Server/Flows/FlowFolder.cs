using IntegrationHub.Server.Hosting;
using Microsoft.Extensions.Options;

namespace IntegrationHub.Server.Flows;

/// <summary>The flows folder: flow files, and the mapping and schema ids flows may refer to.</summary>
internal sealed class FlowFolder(IOptions<FlowsFolderOptions> options, IHostEnvironment environment)
{
    private const string FlowSuffix = ".flow.json";
    private const string MappingSuffix = ".map.json";
    private const string SchemaSuffix = ".schema.json";

    /// <summary>Gets the folder path, or null when there is none.</summary>
    public string? Path { get; } = options.Value.Resolve(environment.ContentRootPath);

    /// <summary>Lists flow files (top level and one folder deep), sorted.</summary>
    public IReadOnlyList<string> FlowFiles() =>
        Path is null || !Directory.Exists(Path)
            ? []
            : Directory.EnumerateFiles(Path, "*" + FlowSuffix, new EnumerationOptions { RecurseSubdirectories = true, MaxRecursionDepth = 1 })
                .Where(f => !f.Contains($"{System.IO.Path.DirectorySeparatorChar}samples{System.IO.Path.DirectorySeparatorChar}", StringComparison.Ordinal))
                .Order(StringComparer.Ordinal)
                .ToList();

    /// <summary>Lists the mapping files (<c>mappings/*.map.json</c>), sorted.</summary>
    public IReadOnlyList<string> MappingFiles() => Files("mappings", "*" + MappingSuffix);

    /// <summary>Lists the lookup table files (<c>lookups/*.json</c>), sorted.</summary>
    public IReadOnlyList<string> LookupFiles() => Files("lookups", "*.json");

    /// <summary>Lists the schema files (<c>schemas/*.schema.json</c>) of payload schemas (the format schemas excluded), sorted.</summary>
    public IReadOnlyList<(string Id, string File)> SchemaFiles() =>
        [.. Files("schemas", "*" + SchemaSuffix)
            .Select(f => (Id: System.IO.Path.GetFileName(f)[..^SchemaSuffix.Length], File: f))
            .Where(s => s.Id is not ("flow" or "mapping" or "lookup"))];

    /// <summary>Gets the mapping ids available (files <c>mappings/&lt;id&gt;.map.json</c>).</summary>
    public IReadOnlySet<string> MappingIds() => Ids("mappings", MappingSuffix);

    /// <summary>Gets the schema ids available (files <c>schemas/&lt;id&gt;.schema.json</c>, the format schemas excluded).</summary>
    public IReadOnlySet<string> SchemaIds()
    {
        var ids = new HashSet<string>(Ids("schemas", SchemaSuffix), StringComparer.Ordinal);
        ids.Remove("flow");
        ids.Remove("mapping");
        ids.Remove("lookup");
        return ids;
    }

    /// <summary>Returns a file's path relative to the folder, for messages.</summary>
    public string Relative(string file) => Path is null ? file : System.IO.Path.GetRelativePath(System.IO.Path.GetDirectoryName(Path)!, file);

    private List<string> Files(string subfolder, string pattern)
    {
        var folder = Path is null ? null : System.IO.Path.Combine(Path, subfolder);
        return folder is null || !Directory.Exists(folder)
            ? []
            : [.. Directory.EnumerateFiles(folder, pattern).Order(StringComparer.Ordinal)];
    }

    private HashSet<string> Ids(string subfolder, string suffix)
    {
        var folder = Path is null ? null : System.IO.Path.Combine(Path, subfolder);
        if (folder is null || !Directory.Exists(folder))
        {
            return new HashSet<string>(StringComparer.Ordinal);
        }

        return Directory.EnumerateFiles(folder, "*" + suffix)
            .Select(f => System.IO.Path.GetFileName(f)[..^suffix.Length])
            .ToHashSet(StringComparer.Ordinal);
    }
}
