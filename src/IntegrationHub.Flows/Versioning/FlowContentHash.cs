using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace IntegrationHub.Flows.Versioning;

/// <summary>
/// A content hash of a flow document that ignores what does not change behaviour: property order,
/// whitespace, <c>$schema</c> and the informational <c>version</c>. Equal hash means same flow.
/// </summary>
public static class FlowContentHash
{
    /// <summary>Computes the hash (lower-case hex SHA-256) of a flow document.</summary>
    public static string Compute(JsonObject document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var canonical = Canonicalize(document, isRoot: true);
        var bytes = Encoding.UTF8.GetBytes(canonical!.ToJsonString(new JsonSerializerOptions { WriteIndented = false }));
        return Convert.ToHexStringLower(SHA256.HashData(bytes));
    }

    /// <summary>Returns the canonical form of a document: keys sorted, informational fields removed.</summary>
    public static JsonNode? Canonicalize(JsonNode? node, bool isRoot = false)
    {
        switch (node)
        {
            case JsonObject obj:
                var sorted = new JsonObject();
                foreach (var (key, value) in obj.OrderBy(p => p.Key, StringComparer.Ordinal))
                {
                    if (isRoot && key is "$schema" or "version")
                    {
                        continue;
                    }

                    sorted[key] = Canonicalize(value);
                }

                return sorted;
            case JsonArray array:
                return new JsonArray([.. array.Select(item => Canonicalize(item))]);
            default:
                return node?.DeepClone();
        }
    }
}
