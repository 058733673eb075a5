using IntegrationHub.Connectors.Sdk;
using IntegrationHub.Connectors.Tryton.Models;

namespace IntegrationHub.Connectors.Tryton.Operations;

[Operation("listPurchaseOrdersToSend", Description = "Confirmed purchases not yet sent to the supplier.")]
internal sealed class ListPurchaseOrdersToSendOperation : TrytonOperation<ListPurchaseOrdersToSendInput, PurchaseOrderList>
{
    protected override async Task<PurchaseOrderList> ExecuteAsync(TrytonErpClient client, OperationContext context, ListPurchaseOrdersToSendInput input, CancellationToken cancellationToken)
    {
        return new PurchaseOrderList(await client.ListPurchaseOrdersToSendAsync(input.Limit, cancellationToken).ConfigureAwait(false));
    }
}
