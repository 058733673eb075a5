using IntegrationHub.Connectors.Sdk;
using IntegrationHub.Connectors.Tryton.Models;

namespace IntegrationHub.Connectors.Tryton.Operations;

[Operation("confirmSalesOrder", Description = "Quotes, confirms (credit limit checked: a hold is a business error) and processes a sale, creating its shipments.", Idempotent = true)]
internal sealed class ConfirmSalesOrderOperation : TrytonOperation<SalesOrderInput, SalesOrderStatus>
{
    protected override async Task<SalesOrderStatus> ExecuteAsync(TrytonErpClient client, OperationContext context, SalesOrderInput input, CancellationToken cancellationToken)
    {
        return await client.ProcessSalesOrderAsync((await client.ConfirmSalesOrderAsync(input.SalesOrderId, cancellationToken).ConfigureAwait(false)).Id, cancellationToken).ConfigureAwait(false);
    }
}
