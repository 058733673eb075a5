using IntegrationHub.Connectors.Sdk;
using IntegrationHub.Connectors.Tryton.Models;

namespace IntegrationHub.Connectors.Tryton.Operations;

[Operation("createPurchaseOrder", Description = "Creates a draft purchase; a repeated call with the same idempotency key returns the existing purchase.", Idempotent = true)]
internal sealed class CreatePurchaseOrderOperation : TrytonOperation<CreatePurchaseOrderInput, OrderResult>
{
    protected override async Task<OrderResult> ExecuteAsync(TrytonErpClient client, OperationContext context, CreatePurchaseOrderInput input, CancellationToken cancellationToken)
    {
        return await client.CreatePurchaseOrderAsync(new PurchaseOrderRequest(RequireKey(context), input.Supplier, input.Lines, input.Warehouse, input.Reference, input.Currency), cancellationToken).ConfigureAwait(false);
    }
}
