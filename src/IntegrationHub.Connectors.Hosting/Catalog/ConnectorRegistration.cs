using IntegrationHub.Connectors.Sdk;

namespace IntegrationHub.Connectors.Hosting.Catalog;

/// <summary>A connector the host can run.</summary>
/// <param name="Definition">The validated definition: module, descriptor with schemas, operations.</param>
/// <param name="Source">Built in or plug-in.</param>
/// <param name="Location">The plug-in folder, or the assembly name of a built-in connector.</param>
public sealed record ConnectorRegistration(ConnectorDefinition Definition, ConnectorSource Source, string Location)
{
    /// <summary>Gets the descriptor (name, version, operations, schemas).</summary>
    public ConnectorDescriptor Descriptor => Definition.Descriptor;
}
