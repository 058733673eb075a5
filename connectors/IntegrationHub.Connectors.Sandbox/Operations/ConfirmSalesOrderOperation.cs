using IntegrationHub.Connectors.Sandbox.Internal;
using IntegrationHub.Connectors.Sandbox.Model;
using IntegrationHub.Connectors.Sdk;

namespace IntegrationHub.Connectors.Sandbox.Operations;

/// <summary>Confirms a sales order and creates its shipments, one per warehouse.</summary>
[Operation("confirmSalesOrder", Description = "Confirms a draft sales order and creates one waiting shipment per fulfilment warehouse; confirming again changes nothing.", Idempotent = true)]
internal sealed class ConfirmSalesOrderOperation : ConnectorOperation<SandboxSettings, OrderRef, SalesOrder>
{
    public override async Task<SalesOrder> ExecuteAsync(OperationContext context, SandboxSettings settings, OrderRef input, CancellationToken cancellationToken)
    {
        var store = new SandboxStore(context, cancellationToken);
        await store.EnsureSeededAsync().ConfigureAwait(false);
        var order = await store.UpdateAsync<SalesOrder>("so", input.OrderNumber, o => o.State == "draft" ? o with { State = "confirmed", UpdatedAt = store.Now } : o).ConfigureAwait(false);
        if (order.State == "confirmed")
        {
            // Create-if-absent with numbers derived from the order, so a retried confirm never duplicates shipments.
            foreach (var group in order.Lines.GroupBy(l => l.Warehouse).OrderBy(g => g.Key, StringComparer.Ordinal))
            {
                var number = $"SH-{order.Number[3..]}-{group.Key[3..]}";
                var lines = group.Select(l => new ShipmentLine(l.LineNo, l.Sku, l.Quantity, l.Unit, 0m, 0m, null)).ToList();
                await store.CreateAsync("shipment", number, new Shipment(number, order.Number, order.Customer, group.Key, "waiting", lines, null, null, null, store.Now)).ConfigureAwait(false);
            }
        }

        return order;
    }
}
