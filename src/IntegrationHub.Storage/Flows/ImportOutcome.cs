namespace IntegrationHub.Storage.Flows;

/// <summary>What importing a flow file did.</summary>
/// <param name="FlowId">Flow id.</param>
/// <param name="Version">The latest published version after the import.</param>
/// <param name="Created">True when a new version was created; false when the content was unchanged.</param>
public sealed record ImportOutcome(string FlowId, int Version, bool Created);
