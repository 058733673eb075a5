namespace IntegrationHub.Designer.Lifecycle;

/// <summary>What happened to a line between two versions.</summary>
internal enum DiffRowKind
{
    Same,
    Removed,
    Added,
    Changed,
}
