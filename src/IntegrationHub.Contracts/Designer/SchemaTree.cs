namespace IntegrationHub.Contracts.Designer;

/// <summary>A payload schema (canonical model or partner format) as a tree of fields.</summary>
/// <param name="Id">Schema id, e.g. <c>sales-order</c> (what a mapping's <c>sourceSchema</c> and <c>targetSchema</c> name).</param>
/// <param name="Title">The schema's title, if any.</param>
/// <param name="Description">The schema's description, if any.</param>
/// <param name="Fields">The top-level fields, in schema order.</param>
public sealed record SchemaTree(string Id, string? Title, string? Description, IReadOnlyList<SchemaField> Fields);
