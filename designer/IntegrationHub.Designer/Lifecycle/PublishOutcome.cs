namespace IntegrationHub.Designer.Lifecycle;

/// <summary>What publishing a draft did.</summary>
/// <param name="Version">The published version (the existing one when the draft was unchanged).</param>
/// <param name="Created">False when the draft equalled the latest published version and no version was made.</param>
public sealed record PublishOutcome(int Version, bool Created);
