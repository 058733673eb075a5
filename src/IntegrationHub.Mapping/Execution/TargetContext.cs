namespace IntegrationHub.Mapping.Execution;

/// <summary>Where the current target object sits in the output; the path string is built only when needed.</summary>
internal sealed class TargetContext(TargetContext? parent, string? segment, int index)
{
    public static readonly TargetContext Root = new(null, null, -1);

    private string? _path;

    public string Path => _path ??= parent is null
        ? "$"
        : index >= 0 ? $"{parent.Path}.{segment}[{index}]" : $"{parent.Path}.{segment}";

    public string Child(string target) => $"{Path}.{target}";
}
