using IntegrationHub.Connectors.Sdk;
using IntegrationHub.Connectors.Tryton.Models;

namespace IntegrationHub.Connectors.Tryton.Operations;

[Operation("getSalesOrderStatus", Description = "A sale's states with line-level ordered, shipped and backordered quantities.")]
internal sealed class GetSalesOrderStatusOperation : TrytonOperation<SalesOrderInput, SalesOrderStatus>
{
    protected override async Task<SalesOrderStatus> ExecuteAsync(TrytonErpClient client, OperationContext context, SalesOrderInput input, CancellationToken cancellationToken)
    {
        return await client.GetSalesOrderStatusAsync(input.SalesOrderId, cancellationToken).ConfigureAwait(false);
    }
}
