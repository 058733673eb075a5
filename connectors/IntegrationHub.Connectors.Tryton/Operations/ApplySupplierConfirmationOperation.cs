using IntegrationHub.Connectors.Sdk;
using IntegrationHub.Connectors.Tryton.Models;

namespace IntegrationHub.Connectors.Tryton.Operations;

[Operation("applySupplierConfirmation", Description = "Applies the supplier's confirmed quantities and delivery dates to a purchase.", Idempotent = true)]
internal sealed class ApplySupplierConfirmationOperation : TrytonOperation<SupplierConfirmationInput, PurchaseOrder>
{
    protected override async Task<PurchaseOrder> ExecuteAsync(TrytonErpClient client, OperationContext context, SupplierConfirmationInput input, CancellationToken cancellationToken)
    {
        return await client.ApplySupplierConfirmationAsync(input.PurchaseOrderId, input.Lines, cancellationToken).ConfigureAwait(false);
    }
}
