using IntegrationHub.Connectors.Sandbox.Internal;
using IntegrationHub.Connectors.Sandbox.Model;
using IntegrationHub.Connectors.Sdk;

namespace IntegrationHub.Connectors.Sandbox.Operations;

/// <summary>Reads an item.</summary>
[Operation("getItem", Description = "Reads an item with its units of measure, list price and lot tracking.", Idempotent = true)]
internal sealed class GetItemOperation : ConnectorOperation<SandboxSettings, ItemRef, Item>
{
    public override async Task<Item> ExecuteAsync(OperationContext context, SandboxSettings settings, ItemRef input, CancellationToken cancellationToken)
    {
        var store = new SandboxStore(context, cancellationToken);
        await store.EnsureSeededAsync().ConfigureAwait(false);
        return await store.GetAsync<Item>("item", input.Sku).ConfigureAwait(false);
    }
}
