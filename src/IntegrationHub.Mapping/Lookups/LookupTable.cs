using System.Collections.Frozen;
using System.Globalization;
using System.Text.Json.Nodes;
using IntegrationHub.Mapping.Catalog;
using IntegrationHub.Mapping.Documents;

namespace IntegrationHub.Mapping.Lookups;

/// <summary>
/// A code table in <c>flows/lookups/</c> (units, warehouse codes, carrier codes, status maps): keys are strings,
/// values any JSON. Immutable and thread-safe.
/// </summary>
public sealed class LookupTable
{
    private readonly FrozenDictionary<string, JsonNode?> _entries;

    /// <summary>Creates a table.</summary>
    /// <param name="id">The table id used by <c>lookup(id, key)</c> and a rule's <c>lookup</c>.</param>
    /// <param name="entries">Key to value.</param>
    /// <param name="onMissing">What happens when a key is absent.</param>
    /// <param name="defaultValue">The value used by <see cref="LookupMissingBehavior.Default"/>.</param>
    /// <param name="ignoreCase">Whether keys match case-insensitively.</param>
    public LookupTable(string id, IEnumerable<KeyValuePair<string, JsonNode?>> entries, LookupMissingBehavior onMissing, JsonNode? defaultValue = null, bool ignoreCase = false)
    {
        ArgumentException.ThrowIfNullOrEmpty(id);
        ArgumentNullException.ThrowIfNull(entries);
        Id = id;
        OnMissing = onMissing;
        Default = Plain(defaultValue);
        IgnoreCase = ignoreCase;
        _entries = entries.ToFrozenDictionary(e => e.Key, e => Plain(e.Value), ignoreCase ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal);
    }

    /// <summary>The table id.</summary>
    public string Id { get; }

    /// <summary>Parses and validates a lookup table document (<c>flows/schemas/lookup.schema.json</c>).</summary>
    /// <param name="json">The table text.</param>
    /// <param name="source">File name or label used in errors.</param>
    /// <returns>The table.</returns>
    /// <exception cref="MappingValidationException">The text is not a valid lookup table; every error is listed.</exception>
    public static LookupTable Parse(string json, string source = "inline") => new MappingCatalog().AddLookup(json, source);

    /// <summary>What happens when a key is absent.</summary>
    public LookupMissingBehavior OnMissing { get; }

    /// <summary>The value used by <see cref="LookupMissingBehavior.Default"/>. Callers must not modify it.</summary>
    public JsonNode? Default { get; }

    /// <summary>Whether keys match case-insensitively.</summary>
    public bool IgnoreCase { get; }

    /// <summary>A free-text description.</summary>
    public string? Description { get; init; }

    /// <summary>Where the table came from (file name or "inline").</summary>
    public string Source { get; init; } = "inline";

    /// <summary>The entries. Callers must not modify the values.</summary>
    public IReadOnlyDictionary<string, JsonNode?> Entries => _entries;

    /// <summary>Finds an entry; the returned node is shared, so clone it before attaching it to a tree.</summary>
    /// <param name="key">The key.</param>
    /// <param name="value">The value when found.</param>
    public bool TryGet(string key, out JsonNode? value) => _entries.TryGetValue(key, out value);

    /// <summary>Looks a key up and applies the on-missing behaviour.</summary>
    /// <param name="key">The key; null gives null.</param>
    /// <param name="onMissing">Overrides the table's behaviour when not null.</param>
    /// <returns>A new node (safe to attach), or null.</returns>
    /// <exception cref="LookupMissException">The key is absent and the behaviour is <see cref="LookupMissingBehavior.Error"/>.</exception>
    public JsonNode? Resolve(JsonNode? key, LookupMissingBehavior? onMissing = null)
    {
        if (key is null)
        {
            return null;
        }

        var text = KeyText(key);
        if (_entries.TryGetValue(text, out var hit))
        {
            return hit?.DeepClone();
        }

        return (onMissing ?? OnMissing) switch
        {
            LookupMissingBehavior.Default => Default?.DeepClone(),
            LookupMissingBehavior.PassThrough => key.DeepClone(),
            _ => throw new LookupMissException(Id, text),
        };
    }

    /// <summary>
    /// A copy of an entry value with its strings held as .NET strings. Values parsed from a file are views of the
    /// JSON text that decode a new string on every read, and tables are read on every mapping run.
    /// </summary>
    private static JsonNode? Plain(JsonNode? value)
    {
        switch (value)
        {
            case null:
                return null;
            case JsonObject obj:
                {
                    var copy = new JsonObject();
                    foreach (var (name, child) in obj)
                    {
                        copy[name] = Plain(child);
                    }

                    return copy;
                }

            case JsonArray array:
                {
                    var copy = new JsonArray();
                    foreach (var child in array)
                    {
                        copy.Add(Plain(child));
                    }

                    return copy;
                }

            default:
                return value.GetValueKind() == System.Text.Json.JsonValueKind.String && value.AsValue().TryGetValue<string>(out var text)
                    ? JsonValue.Create(text)
                    : value.DeepClone();
        }
    }

    /// <summary>The string form of a key: strings as they are, numbers and booleans in invariant form.</summary>
    /// <param name="key">A JSON scalar.</param>
    public static string KeyText(JsonNode key)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (key is JsonValue value)
        {
            if (value.TryGetValue<string>(out var s))
            {
                return s;
            }

            if (value.TryGetValue<double>(out var d))
            {
                return d.ToString(CultureInfo.InvariantCulture);
            }
        }

        return key.ToJsonString();
    }
}
