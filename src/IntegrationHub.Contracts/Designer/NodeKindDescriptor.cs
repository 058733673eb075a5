namespace IntegrationHub.Contracts.Designer;

/// <summary>A step or trigger kind and the fields it has.</summary>
/// <param name="Kind">The kind as written in files (<c>call</c>, <c>http</c>, …).</param>
/// <param name="Fields">Its fields, except <c>kind</c>, in schema order.</param>
public sealed record NodeKindDescriptor(string Kind, IReadOnlyList<FieldDescriptor> Fields);
