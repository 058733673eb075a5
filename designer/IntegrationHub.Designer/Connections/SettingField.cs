namespace IntegrationHub.Designer.Connections;

/// <summary>One connection setting being edited: what the schema says about it and what the person typed.</summary>
public sealed class SettingField
{
    /// <summary>Gets the setting's JSON name.</summary>
    public required string Name { get; init; }

    /// <summary>Gets the label people read ("Base URL" for baseUrl).</summary>
    public required string Label { get; init; }

    /// <summary>Gets how the setting is edited.</summary>
    public required SettingFieldKind Kind { get; init; }

    /// <summary>Gets whether the schema requires the setting.</summary>
    public bool Required { get; init; }

    /// <summary>Gets the schema's description, shown as help.</summary>
    public string? Description { get; init; }

    /// <summary>Gets the allowed values of a choice.</summary>
    public IReadOnlyList<string> Options { get; init; } = [];

    /// <summary>Gets or sets the text of a text-like field (text, URL, numbers, choice, lines, JSON).</summary>
    public string? Text { get; set; }

    /// <summary>Gets or sets the value of a boolean field.</summary>
    public bool Flag { get; set; }

    /// <summary>Gets or sets whether a boolean was stored or changed (an untouched one keeps the connector's default).</summary>
    public bool FlagSet { get; set; }

    /// <summary>Gets whether the stored connection has a value for this secret (the value itself never reaches the browser).</summary>
    public bool SecretSet { get; init; }

    /// <summary>Gets or sets a new secret value typed by the person (write-only).</summary>
    public string? NewSecret { get; set; }

    /// <summary>Gets or sets whether the stored secret is to be removed.</summary>
    public bool ClearSecret { get; set; }

    /// <summary>Gets or sets the problem with the field, from the form or from the hub.</summary>
    public string? Error { get; set; }
}
