namespace IntegrationHub.Connectors.Hosting.Catalog;

/// <summary>Where a connector came from.</summary>
public enum ConnectorSource
{
    /// <summary>Compiled into the host.</summary>
    BuiltIn = 0,

    /// <summary>Loaded from the plug-in folder.</summary>
    Plugin = 1,
}
