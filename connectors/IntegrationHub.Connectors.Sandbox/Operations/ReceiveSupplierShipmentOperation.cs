using IntegrationHub.Connectors.Sandbox.Internal;
using IntegrationHub.Connectors.Sandbox.Model;
using IntegrationHub.Connectors.Sdk;

namespace IntegrationHub.Connectors.Sandbox.Operations;

/// <summary>Books a supplier delivery into stock and reports shortages.</summary>
[Operation("receiveSupplierShipment", Description = "Books received quantities per purchase order line into the warehouse's stock and reports each line's shortage against the confirmed (or ordered) quantity.")]
internal sealed class ReceiveSupplierShipmentOperation : ConnectorOperation<SandboxSettings, ReceiveSupplierShipmentInput, ReceiptOutput>
{
    public override async Task<ReceiptOutput> ExecuteAsync(OperationContext context, SandboxSettings settings, ReceiveSupplierShipmentInput input, CancellationToken cancellationToken)
    {
        var store = new SandboxStore(context, cancellationToken);
        await store.EnsureSeededAsync().ConfigureAwait(false);
        var order = await store.GetAsync<PurchaseOrder>("po", input.Number).ConfigureAwait(false);
        if (order.State == "draft")
        {
            throw new ConnectorException(ErrorCategory.Business, $"Purchase order {order.Number} is a draft; nothing can be received against it.", "invalid_po_state");
        }

        foreach (var received in input.Lines)
        {
            if (order.Lines.All(l => l.LineNo != received.LineNo))
            {
                throw new ConnectorException(ErrorCategory.DataQuality, $"Purchase order {order.Number} has no line {received.LineNo}.", "unknown_line");
            }

            if (received.Quantity < 0)
            {
                throw new ConnectorException(ErrorCategory.DataQuality, $"Purchase order {order.Number} line {received.LineNo}: received quantity {received.Quantity} must not be negative.", "invalid_quantity");
            }
        }

        var receipt = await store.NextNumberAsync("receipt", "RC-").ConfigureAwait(false);
        foreach (var received in input.Lines.Where(l => l.Quantity > 0))
        {
            var line = order.Lines.First(l => l.LineNo == received.LineNo);
            var item = await store.GetAsync<Item>("item", line.Sku).ConfigureAwait(false);
            var quantity = Units.ToBase(item, received.Quantity, line.Unit, $"Receipt line {line.LineNo}");
            var lot = item.LotTracked ? received.Lot ?? $"{receipt}-{line.LineNo}" : null;
            var id = $"{order.Warehouse}/{line.Sku}";
            await store.CreateAsync("stock", id, new Stock(order.Warehouse, line.Sku, 0m, 0m, [], store.Now)).ConfigureAwait(false);
            await store.UpdateAsync<Stock>("stock", id, s => s with
            {
                OnHand = s.OnHand + quantity,
                Lots = lot is null ? s.Lots : [.. s.Lots.Where(l => l.Lot != lot), new StockLot(lot, (s.Lots.FirstOrDefault(l => l.Lot == lot)?.Quantity ?? 0m) + quantity, null)],
                UpdatedAt = store.Now,
            }).ConfigureAwait(false);
        }

        order = await store.UpdateAsync<PurchaseOrder>("po", order.Number, p =>
        {
            var lines = p.Lines.Select(l => l with { ReceivedQuantity = l.ReceivedQuantity + input.Lines.Where(r => r.LineNo == l.LineNo).Sum(r => r.Quantity) }).ToList();
            return p with { Lines = lines, State = lines.All(l => l.ReceivedQuantity >= (l.ConfirmedQuantity ?? l.Quantity)) ? "received" : p.State, UpdatedAt = store.Now };
        }).ConfigureAwait(false);
        var result = order.Lines.Select(l =>
        {
            var expected = l.ConfirmedQuantity ?? l.Quantity;
            return new ReceiptLine(l.LineNo, l.Sku, l.Unit, expected, l.ReceivedQuantity, Math.Max(0m, expected - l.ReceivedQuantity));
        }).ToList();
        return new ReceiptOutput(order.Number, receipt, result, result.Any(l => l.Shortage > 0));
    }
}
