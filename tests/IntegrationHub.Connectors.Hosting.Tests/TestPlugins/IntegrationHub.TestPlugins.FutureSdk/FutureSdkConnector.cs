using IntegrationHub.Connectors.Sdk;

namespace IntegrationHub.TestPlugins.FutureSdk;

/// <summary>Needs a connector SDK this host does not provide.</summary>
[Connector("future", "3.1.0", RequiredSdkVersion = "2.0.0")]
public sealed class FutureSdkConnector : ConnectorModule<FutureSettings>
{
    public override IEnumerable<IConnectorOperation> CreateOperations() => [new PingOperation()];

    public override Task<ConnectionTestResult> TestConnectionAsync(OperationContext context, FutureSettings settings, CancellationToken cancellationToken) =>
        Task.FromResult(ConnectionTestResult.Success("ok"));
}
