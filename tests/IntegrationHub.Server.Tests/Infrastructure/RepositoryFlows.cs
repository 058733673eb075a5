namespace IntegrationHub.Server.Tests.Infrastructure;

/// <summary>The repository's own flows folder (read, never copied into the test output), and throwaway copies of it to change.</summary>
public static class RepositoryFlows
{
    /// <summary>Gets the repository's flows folder.</summary>
    public static string Folder { get; } = Find();

    /// <summary>The mapping files of the repository (id and file name), ordered.</summary>
    public static IReadOnlyList<string> MappingIds() =>
        [.. Directory.EnumerateFiles(Path.Combine(Folder, "mappings"), "*.map.json").Select(f => Path.GetFileName(f)[..^".map.json".Length]).Order(StringComparer.Ordinal)];

    /// <summary>Copies the folder (mappings, lookups, schemas, samples and flow files) to a temp folder the caller deletes.</summary>
    public static string Copy()
    {
        var target = Path.Combine(Path.GetTempPath(), "hub-flows-" + Guid.NewGuid().ToString("N"));
        foreach (var file in Directory.EnumerateFiles(Folder, "*", SearchOption.AllDirectories))
        {
            var destination = Path.Combine(target, Path.GetRelativePath(Folder, file));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }

        return target;
    }

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "flows", "schemas", "mapping.schema.json")))
            {
                return Path.Combine(dir.FullName, "flows");
            }
        }

        throw new DirectoryNotFoundException("the repository's flows folder was not found above the test output");
    }
}
