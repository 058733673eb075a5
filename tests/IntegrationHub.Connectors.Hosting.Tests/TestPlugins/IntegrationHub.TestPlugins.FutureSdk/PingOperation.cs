using IntegrationHub.Connectors.Sdk;

namespace IntegrationHub.TestPlugins.FutureSdk;

/// <summary>Answers pong.</summary>
[Operation("ping")]
internal sealed class PingOperation : ConnectorOperation<FutureSettings, FutureSettings, string>
{
    public override Task<string> ExecuteAsync(OperationContext context, FutureSettings settings, FutureSettings input, CancellationToken cancellationToken) =>
        Task.FromResult("pong");
}
