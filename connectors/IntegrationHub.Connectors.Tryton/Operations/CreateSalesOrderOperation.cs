using IntegrationHub.Connectors.Sdk;
using IntegrationHub.Connectors.Tryton.Models;

namespace IntegrationHub.Connectors.Tryton.Operations;

[Operation("createSalesOrder", Description = "Creates a draft sale priced from the customer's contract; a repeated call with the same idempotency key returns the existing sale.", Idempotent = true)]
internal sealed class CreateSalesOrderOperation : TrytonOperation<CreateSalesOrderInput, OrderResult>
{
    protected override async Task<OrderResult> ExecuteAsync(TrytonErpClient client, OperationContext context, CreateSalesOrderInput input, CancellationToken cancellationToken)
    {
        return await client.CreateSalesOrderAsync(new SalesOrderRequest(RequireKey(context), input.Customer, input.Lines, input.CustomerReference, input.Warehouse, input.Carrier, input.Currency), cancellationToken).ConfigureAwait(false);
    }
}
