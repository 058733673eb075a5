using IntegrationHub.Connectors.Sandbox.Internal;
using IntegrationHub.Connectors.Sandbox.Model;
using IntegrationHub.Connectors.Sdk;

namespace IntegrationHub.Connectors.Sandbox.Operations;

/// <summary>Returns line-level fulfilment of a sales order.</summary>
[Operation("getSalesOrderStatus", Description = "Returns the order state and, per line, ordered, shipped, in-progress and backordered quantities.", Idempotent = true)]
internal sealed class GetSalesOrderStatusOperation : ConnectorOperation<SandboxSettings, OrderRef, SalesOrderStatus>
{
    public override async Task<SalesOrderStatus> ExecuteAsync(OperationContext context, SandboxSettings settings, OrderRef input, CancellationToken cancellationToken)
    {
        var store = new SandboxStore(context, cancellationToken);
        await store.EnsureSeededAsync().ConfigureAwait(false);
        var order = await store.GetAsync<SalesOrder>("so", input.OrderNumber).ConfigureAwait(false);
        var open = (await store.ListAsync<Shipment>("shipment").ConfigureAwait(false))
            .Where(s => s.OrderNumber == order.Number && s.State != "done")
            .SelectMany(s => s.Lines)
            .ToList();
        var lines = order.Lines.Select(l =>
        {
            var inProgress = open.Where(s => s.OrderLineNo == l.LineNo).Sum(s => s.Quantity);
            return new SalesOrderLineStatus(l.LineNo, l.Sku, l.Unit, l.Quantity, l.ShippedQuantity, inProgress, Math.Max(0m, l.Quantity - l.ShippedQuantity - inProgress));
        }).ToList();
        return new SalesOrderStatus(order.Number, order.State, lines);
    }
}
