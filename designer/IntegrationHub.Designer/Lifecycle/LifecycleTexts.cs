namespace IntegrationHub.Designer.Lifecycle;

/// <summary>What a lifecycle page tells a person about its kind of document before a change.</summary>
/// <param name="Noun">The document kind in running text: "flow" or "mapping".</param>
/// <param name="PublishEffect">What publishing the draft changes for running work.</param>
/// <param name="RetireEffect">What retiring a published version changes for running work.</param>
public sealed record LifecycleTexts(string Noun, string PublishEffect, string RetireEffect);
