namespace IntegrationHub.Designer.Mappings;

/// <summary>One entry of a lookup table as edited: the key and the value as JSON text.</summary>
public sealed class LookupEntryRow
{
    /// <summary>Gets or sets the key looked up.</summary>
    public string Key { get; set; } = string.Empty;

    /// <summary>Gets or sets the value as JSON text (text that is not JSON is taken as a string).</summary>
    public string Value { get; set; } = string.Empty;
}
