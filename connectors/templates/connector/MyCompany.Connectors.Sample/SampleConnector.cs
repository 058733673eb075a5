using IntegrationHub.Connectors.Sdk;

namespace MyCompany.Connectors.Sample;

/// <summary>The connector's entry type: exactly one per plug-in assembly.</summary>
[Connector("sample-connector-id", "0.1.0", DisplayName = "MyCompany.Connectors.Sample")]
public sealed class SampleConnector : ConnectorModule<SampleSettings>
{
    /// <inheritdoc />
    public override IEnumerable<IConnectorOperation> CreateOperations() => [new GreetOperation()];

    /// <inheritdoc />
    public override Task<ConnectionTestResult> TestConnectionAsync(OperationContext context, SampleSettings settings, CancellationToken cancellationToken) =>
        Task.FromResult(string.IsNullOrWhiteSpace(settings.Greeting)
            ? ConnectionTestResult.Failure("Setting greeting is empty.")
            : ConnectionTestResult.Success("Settings are complete."));
}
