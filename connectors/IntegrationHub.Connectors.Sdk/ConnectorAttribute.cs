namespace IntegrationHub.Connectors.Sdk;

/// <summary>Describes a connector's entry type (its <see cref="IConnectorModule"/>).</summary>
/// <param name="name">The connector's unique name, lower case (for example <c>http</c> or <c>sandbox</c>); flows refer to it.</param>
/// <param name="version">The connector's own semantic version (for example <c>1.2.0</c>).</param>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
public sealed class ConnectorAttribute(string name, string version) : Attribute
{
    /// <summary>Gets the connector's unique name.</summary>
    public string Name { get; } = name;

    /// <summary>Gets the connector's semantic version.</summary>
    public string Version { get; } = version;

    /// <summary>Gets or sets the name shown in the designer.</summary>
    /// <value>The default value is the connector name.</value>
    public string? DisplayName { get; set; }

    /// <summary>Gets or sets a one-sentence description shown in the designer.</summary>
    /// <value>The default value is <see langword="null"/>.</value>
    public string? Description { get; set; }

    /// <summary>Gets or sets the connector SDK version the connector needs; the host refuses to load it when incompatible.</summary>
    /// <value>The default value is <see cref="ConnectorSdk.Version"/> of the SDK the connector was compiled against.</value>
    public string RequiredSdkVersion { get; set; } = ConnectorSdk.Version;
}
