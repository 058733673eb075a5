namespace IntegrationHub.Connectors.Hosting.Catalog;

/// <summary>Why a connector could not be loaded.</summary>
public enum ConnectorLoadErrorKind
{
    /// <summary>The plug-in folder has no <c>&lt;FolderName&gt;.dll</c>.</summary>
    MissingAssembly = 0,

    /// <summary>The assembly is not a valid .NET assembly or one of its dependencies cannot be loaded.</summary>
    BrokenAssembly = 1,

    /// <summary>The assembly has no (or more than one) public connector entry type.</summary>
    NoEntryType = 2,

    /// <summary>The connector needs a connector SDK this host does not provide.</summary>
    SdkVersionMismatch = 3,

    /// <summary>The connector is defined wrongly (attributes, names, operation types, schemas).</summary>
    InvalidDefinition = 4,

    /// <summary>Another connector already has this name.</summary>
    DuplicateName = 5,
}
