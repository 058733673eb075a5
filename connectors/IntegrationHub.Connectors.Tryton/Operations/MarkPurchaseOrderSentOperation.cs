using IntegrationHub.Connectors.Sdk;
using IntegrationHub.Connectors.Tryton.Models;

namespace IntegrationHub.Connectors.Tryton.Operations;

[Operation("markPurchaseOrderSent", Description = "Records that a purchase was sent to the supplier.", Idempotent = true)]
internal sealed class MarkPurchaseOrderSentOperation : TrytonOperation<PurchaseOrderInput, PurchaseOrder>
{
    protected override async Task<PurchaseOrder> ExecuteAsync(TrytonErpClient client, OperationContext context, PurchaseOrderInput input, CancellationToken cancellationToken)
    {
        return await client.MarkPurchaseOrderSentAsync(input.PurchaseOrderId, cancellationToken).ConfigureAwait(false);
    }
}
