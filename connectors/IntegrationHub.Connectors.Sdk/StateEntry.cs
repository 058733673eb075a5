using System.Text.Json.Nodes;

namespace IntegrationHub.Connectors.Sdk;

/// <summary>A value in a connector's state store.</summary>
/// <param name="Key">The key.</param>
/// <param name="Value">The JSON value.</param>
/// <param name="Version">The version, incremented by every write; pass it back for optimistic concurrency.</param>
public sealed record StateEntry(string Key, JsonNode Value, long Version);
