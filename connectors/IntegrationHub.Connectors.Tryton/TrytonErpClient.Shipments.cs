using System.Globalization;
using System.Text.Json.Nodes;
using IntegrationHub.Connectors.Sdk;
using IntegrationHub.Connectors.Tryton.Models;
using IntegrationHub.Connectors.Tryton.Rpc;

namespace IntegrationHub.Connectors.Tryton;

public sealed partial class TrytonErpClient
{
    private static readonly string[] ShipmentFields =
        ["number", "state", "customer.code", "warehouse.code", "carrier.party.code", "reference", "outgoing_moves"];

    /// <summary>listShipments: customer shipments in a state (draft, waiting, assigned, picked, packed, done, cancelled), optionally of one warehouse.</summary>
    public async Task<IReadOnlyList<Shipment>> ListShipmentsAsync(string state, string? warehouseCode = null, int limit = 100, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(state);
        var domain = Domain(Clause("state", "=", state));
        if (warehouseCode is not null)
        {
            domain.Add(Clause("warehouse", "=", await ResolveWarehouseAsync(warehouseCode, cancellationToken).ConfigureAwait(false)));
        }

        var rows = await SearchReadAsync("stock.shipment.out", domain, ShipmentFields, cancellationToken, limit: limit, order: "id").ConfigureAwait(false);
        return await ToShipmentsAsync(rows, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>A customer shipment by id.</summary>
    public async Task<Shipment> GetShipmentAsync(long shipmentId, CancellationToken cancellationToken = default)
    {
        var rows = await ReadAsync("stock.shipment.out", [shipmentId], ShipmentFields, cancellationToken).ConfigureAwait(false);
        if (rows.Count != 1)
        {
            throw new TrytonException(ErrorCategory.DataQuality, string.Create(CultureInfo.InvariantCulture, $"Tryton has no customer shipment {shipmentId}."), "NotFound");
        }

        return (await ToShipmentsAsync(rows, cancellationToken).ConfigureAwait(false))[0];
    }

    /// <summary>
    /// shipmentAction: assign, pick, pack or done, after recording the carrier and tracking number.
    /// Assign with <see cref="ShipmentActionRequest.AllowPartial"/> reserves what is in stock and drops
    /// the rest from this shipment; Tryton then ships the remainder on a backorder shipment.
    /// </summary>
    public async Task<Shipment> ApplyShipmentActionAsync(ShipmentActionRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var shipment = await GetShipmentAsync(request.ShipmentId, cancellationToken).ConfigureAwait(false);
        var values = new JsonObject();
        if (request.CarrierCode is not null)
        {
            values["carrier"] = await ResolveCarrierAsync(request.CarrierCode, cancellationToken).ConfigureAwait(false);
        }

        if (request.TrackingNumber is not null)
        {
            values["reference"] = request.TrackingNumber;
        }

        if (values.Count > 0)
        {
            await WriteAsync("stock.shipment.out", [request.ShipmentId], values, cancellationToken).ConfigureAwait(false);
        }

        string expected;
        switch (request.Action)
        {
            case ShipmentAction.Assign:
                expected = "assigned";
                await AssignAsync(shipment, request.AllowPartial, cancellationToken).ConfigureAwait(false);
                break;
            case ShipmentAction.Pick:
                expected = "picked";
                await ButtonAsync("stock.shipment.out", "pick", [request.ShipmentId], cancellationToken).ConfigureAwait(false);
                break;
            case ShipmentAction.Pack:
                expected = "packed";
                await ButtonAsync("stock.shipment.out", "pack", [request.ShipmentId], cancellationToken).ConfigureAwait(false);
                break;
            case ShipmentAction.Done:
                expected = "done";
                await ButtonAsync("stock.shipment.out", "done", [request.ShipmentId], cancellationToken).ConfigureAwait(false);
                break;
            default:
                throw new TrytonException(ErrorCategory.DataQuality, $"Unknown shipment action '{request.Action}'.", "InvalidAction");
        }

        var after = await GetShipmentAsync(request.ShipmentId, cancellationToken).ConfigureAwait(false);
        if (after.State != expected && !(request.Action == ShipmentAction.Assign && !request.AllowPartial && after.State == "waiting"))
        {
            throw new TrytonException(ErrorCategory.DataQuality,
                string.Create(CultureInfo.InvariantCulture, $"Cannot {request.Action.ToString().ToLowerInvariant()} shipment {after.Number ?? request.ShipmentId.ToString(CultureInfo.InvariantCulture)}: it is {after.State}."),
                "InvalidState");
        }

        return after;
    }

    private async Task AssignAsync(Shipment shipment, bool allowPartial, CancellationToken cancellationToken)
    {
        if (shipment.State != "waiting")
        {
            return;
        }

        var assigned = await ButtonAsync("stock.shipment.out", "assign_try", [shipment.Id], cancellationToken).ConfigureAwait(false);
        if (TrytonValues.ToBool(assigned))
        {
            return;
        }

        if (!allowPartial)
        {
            return;
        }

        var inventory = await SearchReadAsync("stock.move",
            Domain(Clause("shipment", "=", $"stock.shipment.out,{shipment.Id}"), Clause("state", "=", "assigned"), Clause("to_location.type", "!=", "customer")),
            ["id"], cancellationToken, limit: 1).ConfigureAwait(false);
        if (inventory.Count == 0)
        {
            throw new TrytonException(ErrorCategory.Business,
                $"Nothing of shipment {shipment.Number} is in stock in warehouse {shipment.WarehouseCode}; it stays waiting.", "NoStock");
        }

        // The assign wizard's "ignore" button: keep what was reserved, zero the rest (Tryton backorders it).
        var wizard = await _rpc.CallAsync("wizard.stock.shipment.assign.create", [await _rpc.GetContextAsync(cancellationToken).ConfigureAwait(false)], cancellationToken).ConfigureAwait(false);
        var sessionId = TrytonValues.ToId((wizard as JsonArray)?[0]);
        var context = await _rpc.GetContextAsync(cancellationToken).ConfigureAwait(false);
        context["active_model"] = "stock.shipment.out";
        context["active_id"] = shipment.Id;
        context["active_ids"] = new JsonArray(shipment.Id);
        await _rpc.CallAsync("wizard.stock.shipment.assign.execute", [sessionId, new JsonObject(), "ignore", context], cancellationToken).ConfigureAwait(false);
        await _rpc.CallAsync("wizard.stock.shipment.assign.delete", [sessionId, await _rpc.GetContextAsync(cancellationToken).ConfigureAwait(false)], cancellationToken).ConfigureAwait(false);
    }

    private async Task<IReadOnlyList<Shipment>> ToShipmentsAsync(IReadOnlyList<JsonObject> rows, CancellationToken cancellationToken)
    {
        var moveIds = rows.SelectMany(r => r["outgoing_moves"] is JsonArray m ? m.Select(TrytonValues.ToId) : []).ToList();
        var moves = (await ReadAsync("stock.move", moveIds, ["product.code", "quantity", "uom.symbol", "state", "sale"], cancellationToken).ConfigureAwait(false))
            .ToDictionary(m => TrytonValues.ToId(m["id"]));
        return rows.Select(r =>
        {
            var lines = (r["outgoing_moves"] is JsonArray m ? m.Select(TrytonValues.ToId) : []).Select(id => moves[id]).ToList();
            return new Shipment(
                TrytonValues.ToId(r["id"]),
                TrytonValues.ToText(r["number"]),
                TrytonValues.ToText(r["state"]) ?? string.Empty,
                TrytonValues.ToText(TrytonValues.Path(r, "customer.code")),
                TrytonValues.ToText(TrytonValues.Path(r, "warehouse.code")) ?? string.Empty,
                TrytonValues.ToText(TrytonValues.Path(r, "carrier.party.code")),
                TrytonValues.ToText(r["reference"]),
                lines.Select(l => TrytonValues.ToNullableId(l["sale"])).OfType<long>().Distinct().ToList(),
                lines.Select(l => new ShipmentLine(TrytonValues.ToId(l["id"]), TrytonValues.ToText(TrytonValues.Path(l, "product.code")) ?? string.Empty,
                    TrytonValues.ToDecimal(l["quantity"]), TrytonValues.ToText(TrytonValues.Path(l, "uom.symbol")) ?? string.Empty,
                    TrytonValues.ToText(l["state"]) ?? string.Empty)).ToList());
        }).ToList();
    }
}
