namespace IntegrationHub.Contracts.Designer;

/// <summary>One field of a step or trigger kind, derived from the flow schema.</summary>
/// <param name="Name">Property name in the flow document.</param>
/// <param name="Kind">How the value is edited.</param>
/// <param name="Required">Whether the schema requires it.</param>
/// <param name="Description">Help text from the schema, if any.</param>
/// <param name="Options">Allowed values of a <see cref="FieldKind.Choice"/>.</param>
/// <param name="References">What the value names, if it names something: see <see cref="FieldReferences"/>.</param>
/// <param name="DefaultValue">The schema's default as JSON text (e.g. <c>true</c>, <c>"POST"</c>), if it has one.</param>
public sealed record FieldDescriptor(string Name, FieldKind Kind, bool Required, string? Description, IReadOnlyList<string> Options, string? References, string? DefaultValue);
