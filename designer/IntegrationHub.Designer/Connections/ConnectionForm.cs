using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using IntegrationHub.Contracts.Designer;

namespace IntegrationHub.Designer.Connections;

/// <summary>
/// A connection form generated from the connector's settings JSON Schema: one field per property, its editor chosen
/// by type, <c>enum</c> and <c>format</c>, required fields marked, descriptions as help. Secret settings
/// (<c>writeOnly</c>) start empty whatever is stored, and are sent only when the person sets or clears them.
/// </summary>
public sealed class ConnectionForm
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private static readonly HashSet<string> Acronyms = new(StringComparer.OrdinalIgnoreCase) { "url", "uri", "api", "id", "http", "https", "sftp", "edi", "erp", "wms", "tms", "oauth", "oauth2", "hmac", "ssl", "tls", "ip" };

    private ConnectionForm(ConnectorInfo connector, ConnectionDetails? existing, List<SettingField> fields)
    {
        Connector = connector;
        Existing = existing;
        Fields = fields;
    }

    /// <summary>Gets the connector whose settings the form edits.</summary>
    public ConnectorInfo Connector { get; }

    /// <summary>Gets the stored connection being changed, or null for a new one.</summary>
    public ConnectionDetails? Existing { get; }

    /// <summary>Gets one field per setting, in the schema's order.</summary>
    public IReadOnlyList<SettingField> Fields { get; }

    /// <summary>Gets the settings type's own description.</summary>
    public string? Description => (string?)Connector.SettingsSchema["description"];

    /// <summary>Builds the form of a connector, filled from a stored connection (never its secrets) when one is given.</summary>
    /// <param name="connector">The connector and its settings schema.</param>
    /// <param name="existing">The stored connection, or null for a new one.</param>
    public static ConnectionForm Create(ConnectorInfo connector, ConnectionDetails? existing)
    {
        ArgumentNullException.ThrowIfNull(connector);
        var schema = connector.SettingsSchema;
        var required = (schema["required"] as JsonArray ?? []).Select(r => (string?)r).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var fields = new List<SettingField>();
        foreach (var (name, node) in schema["properties"] as JsonObject ?? [])
        {
            if (node is not JsonObject property)
            {
                continue;
            }

            var secret = connector.SecretSettings.Contains(name, StringComparer.Ordinal)
                || property["writeOnly"] is JsonValue w && w.TryGetValue<bool>(out var writeOnly) && writeOnly;
            var kind = secret ? SettingFieldKind.Secret : Classify(property);
            var field = new SettingField
            {
                Name = name,
                Label = Humanize(name),
                Kind = kind,
                Required = required.Contains(name),
                Description = (string?)property["description"],
                Options = property["enum"] is JsonArray options ? [.. options.Select(o => o?.ToString()).OfType<string>()] : [],
                SecretSet = secret && existing?.SecretsSet.Contains(name, StringComparer.Ordinal) == true,
            };
            if (!secret)
            {
                Fill(field, existing?.Settings[name] ?? property["default"]);
                field.FlagSet = kind == SettingFieldKind.Boolean && existing?.Settings.ContainsKey(name) == true;
            }

            fields.Add(field);
        }

        return new ConnectionForm(connector, existing, fields);
    }

    /// <summary>Turns the form into a draft, or returns false with the problems shown at their fields.</summary>
    /// <param name="name">The connection name.</param>
    /// <param name="allowedHosts">The allowed hosts, one per line.</param>
    /// <param name="draft">The draft (complete only when the result is true).</param>
    public bool TryBuild(string name, string? allowedHosts, out ConnectionDraft draft)
    {
        var settings = new JsonObject();
        var secrets = new Dictionary<string, string?>(StringComparer.Ordinal);
        var valid = true;
        foreach (var field in Fields)
        {
            field.Error = null;
            if (field.Kind == SettingFieldKind.Secret)
            {
                if (!string.IsNullOrEmpty(field.NewSecret))
                {
                    secrets[field.Name] = field.NewSecret;
                }
                else if (field.ClearSecret && field.SecretSet)
                {
                    secrets[field.Name] = null;
                }
                else if (field.Required && !field.SecretSet)
                {
                    field.Error = $"{field.Label} is required.";
                    valid = false;
                }

                continue;
            }

            if (field.Kind == SettingFieldKind.Boolean)
            {
                if (field.FlagSet)
                {
                    settings[field.Name] = field.Flag;
                }

                continue;
            }

            var text = field.Text?.Trim();
            if (string.IsNullOrEmpty(text))
            {
                if (field.Required)
                {
                    field.Error = $"{field.Label} is required.";
                    valid = false;
                }

                continue;
            }

            var (value, error) = Parse(field.Kind, text);
            if (error is not null)
            {
                field.Error = error;
                valid = false;
            }
            else
            {
                settings[field.Name] = value;
            }
        }

        draft = new ConnectionDraft
        {
            Name = name.Trim(),
            Connector = Connector.Name,
            Settings = settings,
            Secrets = secrets,
            AllowedHosts = [.. (allowedHosts ?? string.Empty).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)],
            ExpectedVersion = Existing?.Version,
        };
        return valid;
    }

    /// <summary>Shows the hub's field errors at their fields; returns the ones that belong to no setting.</summary>
    /// <param name="errors">The hub's errors (<c>settings.baseUrl</c>, <c>name</c>…).</param>
    public IReadOnlyList<ConnectionFieldError> ShowErrors(IEnumerable<ConnectionFieldError> errors)
    {
        var rest = new List<ConnectionFieldError>();
        foreach (var error in errors)
        {
            var name = error.Field.StartsWith("settings.", StringComparison.Ordinal) ? error.Field["settings.".Length..].Split('.', '[')[0] : null;
            var field = Fields.FirstOrDefault(f => string.Equals(f.Name, name, StringComparison.OrdinalIgnoreCase));
            if (field is null)
            {
                rest.Add(error);
            }
            else
            {
                field.Error = error.Message;
            }
        }

        return rest;
    }

    private static SettingFieldKind Classify(JsonObject property)
    {
        if (property["enum"] is JsonArray)
        {
            return SettingFieldKind.Choice;
        }

        var types = property["type"] switch
        {
            JsonArray many => many.Select(t => (string?)t).OfType<string>().Where(t => t != "null").ToList(),
            JsonValue one when one.TryGetValue<string>(out var t) => [t],
            _ => [],
        };
        if (types.Contains("boolean"))
        {
            return SettingFieldKind.Boolean;
        }

        // Numbers may also be accepted as strings ("string", "integer"): edit them as numbers.
        if (types.Contains("integer"))
        {
            return SettingFieldKind.Integer;
        }

        if (types.Contains("number"))
        {
            return SettingFieldKind.Number;
        }

        if (types.Contains("array") && (string?)property["items"]?["type"] == "string")
        {
            return SettingFieldKind.Lines;
        }

        if (types.Contains("object") || types.Contains("array") || types.Count == 0)
        {
            return SettingFieldKind.Json;
        }

        return (string?)property["format"] is "uri" or "url" ? SettingFieldKind.Url : SettingFieldKind.Text;
    }

    private static void Fill(SettingField field, JsonNode? value)
    {
        switch (field.Kind)
        {
            case SettingFieldKind.Boolean:
                field.Flag = value is JsonValue b && b.TryGetValue<bool>(out var flag) && flag;
                break;
            case SettingFieldKind.Lines:
                field.Text = value is JsonArray lines ? string.Join('\n', lines.Select(l => l?.ToString())) : null;
                break;
            case SettingFieldKind.Json:
                field.Text = value?.ToJsonString(Indented);
                break;
            default:
                field.Text = value switch
                {
                    null => null,
                    JsonValue s when s.TryGetValue<string>(out var text) => text,
                    _ => value.ToJsonString(),
                };
                break;
        }
    }

    private static (JsonNode? Value, string? Error) Parse(SettingFieldKind kind, string text)
    {
        switch (kind)
        {
            case SettingFieldKind.Integer:
                return long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var integer) ? (JsonValue.Create(integer), null) : (null, "Enter a whole number.");
            case SettingFieldKind.Number:
                return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) ? (JsonValue.Create(number), null) : (null, "Enter a number such as 2.5.");
            case SettingFieldKind.Url:
                return Uri.TryCreate(text, UriKind.Absolute, out _) ? (JsonValue.Create(text), null) : (null, "Enter an absolute URL such as https://api.example.com/.");
            case SettingFieldKind.Lines:
                return (new JsonArray([.. text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(l => (JsonNode?)JsonValue.Create(l))]), null);
            case SettingFieldKind.Json:
                try
                {
                    return (JsonNode.Parse(text), null);
                }
                catch (JsonException e)
                {
                    return (null, $"This is not valid JSON{(e.LineNumber is { } line ? $" (line {line + 1})" : string.Empty)}.");
                }

            default:
                return (JsonValue.Create(text), null);
        }
    }

    /// <summary>baseUrl → "Base URL", apiKeyName → "API key name".</summary>
    private static string Humanize(string name)
    {
        var words = new List<string>();
        var current = new StringBuilder();
        foreach (var c in name)
        {
            if ((char.IsUpper(c) || c is '_' or '-') && current.Length > 0)
            {
                words.Add(current.ToString());
                current.Clear();
            }

            if (c is not '_' and not '-')
            {
                current.Append(c);
            }
        }

        if (current.Length > 0)
        {
            words.Add(current.ToString());
        }

        var text = string.Join(' ', words.Select(w => Acronyms.Contains(w) ? w.ToUpperInvariant() : w.ToLowerInvariant()));
        return text.Length == 0 ? name : char.ToUpperInvariant(text[0]) + text[1..];
    }
}
