using IntegrationHub.Connectors.Sdk;
using IntegrationHub.Connectors.Tryton.Models;

namespace IntegrationHub.Connectors.Tryton.Operations;

[Operation("receiveSupplierShipment", Description = "Receives a supplier shipment against a purchase; shortages are reported and stay on order.")]
internal sealed class ReceiveSupplierShipmentOperation : TrytonOperation<ReceiveSupplierShipmentInput, SupplierReceipt>
{
    protected override async Task<SupplierReceipt> ExecuteAsync(TrytonErpClient client, OperationContext context, ReceiveSupplierShipmentInput input, CancellationToken cancellationToken)
    {
        return await client.ReceiveSupplierShipmentAsync(input.PurchaseOrderId, input.Lines, input.Reference, cancellationToken).ConfigureAwait(false);
    }
}
