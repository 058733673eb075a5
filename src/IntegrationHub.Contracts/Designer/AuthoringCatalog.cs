namespace IntegrationHub.Contracts.Designer;

/// <summary>Everything the flow editor offers: kinds, their fields, and the ids flows may refer to.</summary>
/// <param name="StepKinds">Step kinds in the order the schema lists them.</param>
/// <param name="TriggerKinds">Trigger kinds.</param>
/// <param name="ErrorCategories">Error category names (<c>transient</c>, …).</param>
/// <param name="Mappings">Mapping ids known to the hub.</param>
/// <param name="Schemas">Schema ids known to the hub.</param>
/// <param name="Flows">Flow ids known to the hub.</param>
public sealed record AuthoringCatalog(
    IReadOnlyList<NodeKindDescriptor> StepKinds,
    IReadOnlyList<NodeKindDescriptor> TriggerKinds,
    IReadOnlyList<string> ErrorCategories,
    IReadOnlyList<string> Mappings,
    IReadOnlyList<string> Schemas,
    IReadOnlyList<string> Flows);
