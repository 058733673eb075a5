using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace IntegrationHub.Connectors.Hosting.Secrets;

/// <summary>Process-wide redactor of secret values.</summary>
internal sealed class SecretRedactor : ISecretRedactor
{
    private const int MinimumLength = 4;
    private readonly ConcurrentDictionary<string, byte> _secrets = new(StringComparer.Ordinal);

    public void Register(IEnumerable<string> secrets)
    {
        ArgumentNullException.ThrowIfNull(secrets);
        foreach (var secret in secrets)
        {
            if (secret is { Length: >= MinimumLength })
            {
                _secrets.TryAdd(secret, 0);
                // A secret also appears JSON-escaped (in bodies) and URL-encoded (in query strings).
                _secrets.TryAdd(JsonEncodedText.Encode(secret).Value, 0);
                _secrets.TryAdd(Uri.EscapeDataString(secret), 0);
            }
        }
    }

    public string Redact(string text, IEnumerable<string>? additionalSecrets = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        // Longest first, so a secret that contains another one is removed whole.
        foreach (var secret in _secrets.Keys.Concat(Expand(additionalSecrets)).Distinct(StringComparer.Ordinal).OrderByDescending(s => s.Length))
        {
            if (text.Contains(secret, StringComparison.Ordinal))
            {
                text = text.Replace(secret, ISecretRedactor.Mask, StringComparison.Ordinal);
            }
        }

        return text;
    }

    public JsonNode? Redact(JsonNode? node, IEnumerable<string>? additionalSecrets = null)
    {
        if (node is null)
        {
            return null;
        }

        var secrets = additionalSecrets?.ToList();
        return node switch
        {
            JsonObject obj => new JsonObject(obj.Select(p => KeyValuePair.Create(p.Key, Redact(p.Value, secrets)))),
            JsonArray array => new JsonArray([.. array.Select(item => Redact(item, secrets))]),
            JsonValue value when value.GetValueKind() == JsonValueKind.String => JsonValue.Create(Redact(value.GetValue<string>(), secrets)),
            _ => node.DeepClone(),
        };
    }

    private static IEnumerable<string> Expand(IEnumerable<string>? secrets)
    {
        foreach (var secret in secrets ?? [])
        {
            if (secret is { Length: >= MinimumLength })
            {
                yield return secret;
                yield return JsonEncodedText.Encode(secret).Value;
                yield return Uri.EscapeDataString(secret);
            }
        }
    }
}
