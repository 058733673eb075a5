using IntegrationHub.Connectors.Sandbox.Internal;
using IntegrationHub.Connectors.Sandbox.Model;
using IntegrationHub.Connectors.Sdk;

namespace IntegrationHub.Connectors.Sandbox.Operations;

/// <summary>Lists confirmed purchase orders not yet sent.</summary>
[Operation("listPurchaseOrdersToSend", Description = "Lists confirmed purchase orders that have not been sent to the supplier.", Idempotent = true)]
internal sealed class ListPurchaseOrdersToSendOperation : ConnectorOperation<SandboxSettings, EmptyInput, PurchaseOrderList>
{
    public override async Task<PurchaseOrderList> ExecuteAsync(OperationContext context, SandboxSettings settings, EmptyInput input, CancellationToken cancellationToken)
    {
        var store = new SandboxStore(context, cancellationToken);
        await store.EnsureSeededAsync().ConfigureAwait(false);
        return new PurchaseOrderList([.. (await store.ListAsync<PurchaseOrder>("po").ConfigureAwait(false)).Where(p => p.State == "confirmed" && p.SentAt is null)]);
    }
}
