using IntegrationHub.Connectors.Sandbox.Internal;
using IntegrationHub.Connectors.Sandbox.Model;
using IntegrationHub.Connectors.Sdk;

namespace IntegrationHub.Connectors.Sandbox.Operations;

/// <summary>Records that a purchase order was sent.</summary>
[Operation("markPurchaseOrderSent", Description = "Records that a confirmed purchase order was sent to the supplier; marking again keeps the first time.", Idempotent = true)]
internal sealed class MarkPurchaseOrderSentOperation : ConnectorOperation<SandboxSettings, PurchaseOrderRef, PurchaseOrder>
{
    public override async Task<PurchaseOrder> ExecuteAsync(OperationContext context, SandboxSettings settings, PurchaseOrderRef input, CancellationToken cancellationToken)
    {
        var store = new SandboxStore(context, cancellationToken);
        await store.EnsureSeededAsync().ConfigureAwait(false);
        return await store.UpdateAsync<PurchaseOrder>("po", input.Number, p => p.State == "draft"
            ? throw new ConnectorException(ErrorCategory.Business, $"Purchase order {p.Number} is a draft; confirm it before sending.", "invalid_po_state")
            : p.SentAt is null ? p with { SentAt = store.Now, UpdatedAt = store.Now } : p).ConfigureAwait(false);
    }
}
