namespace IntegrationHub.Designer.Connections;

/// <summary>How a connection setting is edited, derived from its JSON Schema.</summary>
public enum SettingFieldKind
{
    /// <summary>A line of text.</summary>
    Text,

    /// <summary>An absolute URL.</summary>
    Url,

    /// <summary>A whole number.</summary>
    Integer,

    /// <summary>A number.</summary>
    Number,

    /// <summary>On or off.</summary>
    Boolean,

    /// <summary>One of the schema's enum values.</summary>
    Choice,

    /// <summary>A list of strings, one per line.</summary>
    Lines,

    /// <summary>Any other JSON (objects, maps, arrays of objects).</summary>
    Json,

    /// <summary>A write-only secret: never shown, only set, kept or cleared.</summary>
    Secret,
}
