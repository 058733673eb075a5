namespace IntegrationHub.Storage.Mappings;

/// <summary>A lookup table's current revision: what a cache compares to know whether its copy is current.</summary>
/// <param name="Id">Table id.</param>
/// <param name="Revision">Current revision.</param>
public sealed record LookupTableRevision(string Id, int Revision);
