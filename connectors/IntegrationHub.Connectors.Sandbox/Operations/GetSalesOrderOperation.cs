using IntegrationHub.Connectors.Sandbox.Internal;
using IntegrationHub.Connectors.Sandbox.Model;
using IntegrationHub.Connectors.Sdk;

namespace IntegrationHub.Connectors.Sandbox.Operations;

/// <summary>Reads a sales order.</summary>
[Operation("getSalesOrder", Description = "Reads a sales order: customer, the customer's PO number (customerReference), state, currency and lines with ordered and shipped quantities and prices.", Idempotent = true)]
internal sealed class GetSalesOrderOperation : ConnectorOperation<SandboxSettings, OrderRef, SalesOrder>
{
    public override async Task<SalesOrder> ExecuteAsync(OperationContext context, SandboxSettings settings, OrderRef input, CancellationToken cancellationToken)
    {
        var store = new SandboxStore(context, cancellationToken);
        await store.EnsureSeededAsync().ConfigureAwait(false);
        return await store.GetAsync<SalesOrder>("so", input.OrderNumber).ConfigureAwait(false);
    }
}
