namespace IntegrationHub.Connectors.Hosting;

/// <summary>Host-level settings of connector hosting.</summary>
public sealed class ConnectorHostingOptions
{
    /// <summary>The configuration section these options bind to.</summary>
    public const string SectionName = "Connectors";

    /// <summary>Gets or sets the folder plug-ins are loaded from: one sub-folder per plug-in, holding <c>&lt;FolderName&gt;.dll</c> and its dependencies.</summary>
    /// <remarks>A relative path is resolved against the application base directory. A missing folder means no plug-ins (logged).</remarks>
    /// <value>The default value is <c>connectors</c>.</value>
    public string PluginFolder { get; set; } = "connectors";

    /// <summary>Gets or sets the timeout of one HTTP request sent by a connector.</summary>
    /// <value>The default value is 100 seconds.</value>
    public TimeSpan HttpTimeout { get; set; } = TimeSpan.FromSeconds(100);

    /// <summary>Gets or sets the TCP connect timeout of connector HTTP requests.</summary>
    /// <value>The default value is 15 seconds.</value>
    public TimeSpan HttpConnectTimeout { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>
    /// How long a resolved connection (with its decrypted secrets) is reused by connector calls on this node
    /// (default 5 seconds; zero turns the reuse off). A change made through this node applies at once; one made
    /// on another node applies here within this time.
    /// </summary>
    public TimeSpan ResolvedConnectionLifetime { get; set; } = TimeSpan.FromSeconds(5);
}
