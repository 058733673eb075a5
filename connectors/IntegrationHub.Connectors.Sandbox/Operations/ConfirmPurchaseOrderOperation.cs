using IntegrationHub.Connectors.Sandbox.Internal;
using IntegrationHub.Connectors.Sandbox.Model;
using IntegrationHub.Connectors.Sdk;

namespace IntegrationHub.Connectors.Sandbox.Operations;

/// <summary>Confirms a draft purchase order.</summary>
[Operation("confirmPurchaseOrder", Description = "Confirms a draft purchase order so it is sent to the supplier; confirming again changes nothing.", Idempotent = true)]
internal sealed class ConfirmPurchaseOrderOperation : ConnectorOperation<SandboxSettings, PurchaseOrderRef, PurchaseOrder>
{
    public override async Task<PurchaseOrder> ExecuteAsync(OperationContext context, SandboxSettings settings, PurchaseOrderRef input, CancellationToken cancellationToken)
    {
        var store = new SandboxStore(context, cancellationToken);
        await store.EnsureSeededAsync().ConfigureAwait(false);
        return await store.UpdateAsync<PurchaseOrder>("po", input.Number, p => p.State == "draft" ? p with { State = "confirmed", UpdatedAt = store.Now } : p).ConfigureAwait(false);
    }
}
