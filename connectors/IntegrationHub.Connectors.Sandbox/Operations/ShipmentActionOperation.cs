using System.Globalization;
using IntegrationHub.Connectors.Sandbox.Internal;
using IntegrationHub.Connectors.Sandbox.Model;
using IntegrationHub.Connectors.Sdk;

namespace IntegrationHub.Connectors.Sandbox.Operations;

/// <summary>Moves a shipment through assign, pick, pack and done.</summary>
[Operation("shipmentAction", Description = "Moves a shipment one step: assign (reserve stock), pick (optionally short), pack, done (carrier and tracking number; updates stock and the order, posts the invoice).")]
internal sealed class ShipmentActionOperation : ConnectorOperation<SandboxSettings, ShipmentActionInput, Shipment>
{
    public override async Task<Shipment> ExecuteAsync(OperationContext context, SandboxSettings settings, ShipmentActionInput input, CancellationToken cancellationToken)
    {
        var store = new SandboxStore(context, cancellationToken);
        await store.EnsureSeededAsync().ConfigureAwait(false);
        var shipment = await store.GetAsync<Shipment>("shipment", input.ShipmentNumber).ConfigureAwait(false);
        return input.Action switch
        {
            ShipmentAction.Assign => await AssignAsync(store, shipment).ConfigureAwait(false),
            ShipmentAction.Pick => await PickAsync(store, shipment, input).ConfigureAwait(false),
            ShipmentAction.Pack => await TransitionAsync(store, shipment.Number, "picked", "packed", s => s).ConfigureAwait(false),
            _ => await DoneAsync(store, shipment, input).ConfigureAwait(false),
        };
    }

    private static async Task<Shipment> AssignAsync(SandboxStore store, Shipment shipment)
    {
        Require(shipment, "waiting", "assign");
        var lines = new List<ShipmentLine>();
        foreach (var line in shipment.Lines)
        {
            var item = await store.GetAsync<Item>("item", line.Sku).ConfigureAwait(false);
            var factor = Units.Factor(item, line.Unit, $"Shipment {shipment.Number} line {line.OrderLineNo}");
            var wanted = line.Quantity * factor;
            var assigned = 0m;
            if (await store.FindAsync<Stock>("stock", $"{shipment.Warehouse}/{line.Sku}").ConfigureAwait(false) is not null)
            {
                await store.UpdateAsync<Stock>("stock", $"{shipment.Warehouse}/{line.Sku}", s =>
                {
                    assigned = Math.Min(wanted, Math.Max(0m, s.OnHand - s.Reserved));
                    return s with { Reserved = s.Reserved + assigned, UpdatedAt = store.Now };
                }).ConfigureAwait(false);
            }

            lines.Add(line with { AssignedQuantity = assigned / factor });
        }

        return await TransitionAsync(store, shipment.Number, "waiting", "assigned", s => s with { Lines = lines }).ConfigureAwait(false);
    }

    private static async Task<Shipment> PickAsync(SandboxStore store, Shipment shipment, ShipmentActionInput input)
    {
        Require(shipment, "assigned", "pick");
        var lines = new List<ShipmentLine>();
        foreach (var line in shipment.Lines)
        {
            var picked = input.Lines?.FirstOrDefault(l => l.OrderLineNo == line.OrderLineNo)?.Quantity ?? line.AssignedQuantity;
            if (picked < 0 || picked > line.AssignedQuantity)
            {
                throw new ConnectorException(ErrorCategory.DataQuality, $"Shipment {shipment.Number} line {line.OrderLineNo}: picked quantity {picked} must be between 0 and the assigned {line.AssignedQuantity}.", "invalid_quantity");
            }

            var item = await store.GetAsync<Item>("item", line.Sku).ConfigureAwait(false);
            string? lot = null;
            if (item.LotTracked && picked > 0 && await store.FindAsync<Stock>("stock", $"{shipment.Warehouse}/{line.Sku}").ConfigureAwait(false) is { } stock)
            {
                // First expiry, first out: the earliest-expiring lot that holds the whole pick.
                var needed = picked * Units.Factor(item, line.Unit, "pick");
                lot = stock.Lots.Where(l => l.Quantity >= needed).OrderBy(l => l.Expiry ?? DateOnly.MaxValue).ThenBy(l => l.Lot, StringComparer.Ordinal).FirstOrDefault()?.Lot
                    ?? stock.Lots.OrderBy(l => l.Expiry ?? DateOnly.MaxValue).FirstOrDefault()?.Lot;
            }

            lines.Add(line with { PickedQuantity = picked, Lot = lot });
        }

        foreach (var unknown in input.Lines?.Where(l => shipment.Lines.All(s => s.OrderLineNo != l.OrderLineNo)) ?? [])
        {
            throw new ConnectorException(ErrorCategory.DataQuality, $"Shipment {shipment.Number} has no line for order line {unknown.OrderLineNo}.", "unknown_line");
        }

        return await TransitionAsync(store, shipment.Number, "assigned", "picked", s => s with { Lines = lines }).ConfigureAwait(false);
    }

    private static async Task<Shipment> DoneAsync(SandboxStore store, Shipment shipment, ShipmentActionInput input)
    {
        Require(shipment, "packed", "done");
        if (string.IsNullOrWhiteSpace(input.Carrier))
        {
            throw new ConnectorException(ErrorCategory.DataQuality, $"Shipment {shipment.Number}: a carrier is required to ship.", "carrier_required");
        }

        var tracking = string.IsNullOrWhiteSpace(input.TrackingNumber)
            ? string.Create(CultureInfo.InvariantCulture, $"{input.Carrier.ToUpperInvariant().Replace(" ", string.Empty, StringComparison.Ordinal)}-{shipment.Number[3..]}")
            : input.TrackingNumber;
        var done = await TransitionAsync(store, shipment.Number, "packed", "done", s => s with { Carrier = input.Carrier, TrackingNumber = tracking, ShippedAt = store.Now }).ConfigureAwait(false);
        foreach (var line in done.Lines)
        {
            var item = await store.GetAsync<Item>("item", line.Sku).ConfigureAwait(false);
            var factor = Units.Factor(item, line.Unit, "done");
            if (await store.FindAsync<Stock>("stock", $"{done.Warehouse}/{line.Sku}").ConfigureAwait(false) is null)
            {
                continue;
            }

            await store.UpdateAsync<Stock>("stock", $"{done.Warehouse}/{line.Sku}", s => s with
            {
                OnHand = s.OnHand - (line.PickedQuantity * factor),
                Reserved = Math.Max(0m, s.Reserved - (line.AssignedQuantity * factor)),
                Lots = [.. s.Lots.Select(l => l.Lot == line.Lot ? l with { Quantity = l.Quantity - (line.PickedQuantity * factor) } : l).Where(l => l.Quantity > 0)],
                UpdatedAt = store.Now,
            }).ConfigureAwait(false);
        }

        var order = await store.UpdateAsync<SalesOrder>("so", done.OrderNumber, o =>
        {
            var lines = o.Lines.Select(l => l with { ShippedQuantity = l.ShippedQuantity + done.Lines.Where(s => s.OrderLineNo == l.LineNo).Sum(s => s.PickedQuantity) }).ToList();
            return o with { Lines = lines, State = lines.All(l => l.ShippedQuantity >= l.Quantity) ? "done" : "processing", UpdatedAt = store.Now };
        }).ConfigureAwait(false);
        var billed = done.Lines.Where(l => l.PickedQuantity > 0)
            .Select(l => order.Lines.First(o => o.LineNo == l.OrderLineNo) with { Quantity = l.PickedQuantity, ShippedQuantity = l.PickedQuantity })
            .ToList();
        if (billed.Count > 0)
        {
            var number = $"INV-{done.Number[3..]}";
            await store.CreateAsync("invoice", number, new Invoice(number, order.Number, done.Number, order.Customer, order.Currency, billed, billed.Sum(l => l.Quantity * l.UnitPrice), false, store.Now, store.Now)).ConfigureAwait(false);
        }

        return done;
    }

    private static async Task<Shipment> TransitionAsync(SandboxStore store, string number, string from, string to, Func<Shipment, Shipment> change) =>
        await store.UpdateAsync<Shipment>("shipment", number, s =>
        {
            Require(s, from, to);
            return change(s) with { State = to, UpdatedAt = store.Now };
        }).ConfigureAwait(false);

    private static void Require(Shipment shipment, string state, string action)
    {
        if (shipment.State != state)
        {
            throw new ConnectorException(ErrorCategory.Business, $"Shipment {shipment.Number} is {shipment.State}; '{action}' needs it to be {state}.", "invalid_shipment_state");
        }
    }
}
