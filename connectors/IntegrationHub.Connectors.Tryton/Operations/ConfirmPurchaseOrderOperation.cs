using IntegrationHub.Connectors.Sdk;
using IntegrationHub.Connectors.Tryton.Models;

namespace IntegrationHub.Connectors.Tryton.Operations;

[Operation("confirmPurchaseOrder", Description = "Quotes and confirms a purchase; Tryton then expects the goods.", Idempotent = true)]
internal sealed class ConfirmPurchaseOrderOperation : TrytonOperation<PurchaseOrderInput, PurchaseOrder>
{
    protected override async Task<PurchaseOrder> ExecuteAsync(TrytonErpClient client, OperationContext context, PurchaseOrderInput input, CancellationToken cancellationToken)
    {
        return await client.ConfirmPurchaseOrderAsync(input.PurchaseOrderId, cancellationToken).ConfigureAwait(false);
    }
}
