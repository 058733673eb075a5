using System.Text.Json.Nodes;

namespace IntegrationHub.Connectors.Sandbox.Model;

/// <summary>A changed record.</summary>
/// <param name="Entity">The entity.</param>
/// <param name="Key">The record's key.</param>
/// <param name="ChangedAt">When it changed.</param>
/// <param name="Data">The record.</param>
public sealed record ChangeRecord(string Entity, string Key, DateTimeOffset ChangedAt, JsonObject Data);
