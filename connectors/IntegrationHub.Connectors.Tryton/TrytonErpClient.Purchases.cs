using System.Globalization;
using System.Text.Json.Nodes;
using IntegrationHub.Connectors.Sdk;
using IntegrationHub.Connectors.Tryton.Models;
using IntegrationHub.Connectors.Tryton.Rpc;

namespace IntegrationHub.Connectors.Tryton;

public sealed partial class TrytonErpClient
{
    /// <summary>createPurchaseOrder: a draft purchase carrying the idempotency key (same guarantee as sales).</summary>
    public async Task<OrderResult> CreatePurchaseOrderAsync(PurchaseOrderRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentException.ThrowIfNullOrWhiteSpace(request.IdempotencyKey);
        if (request.Lines.Count == 0)
        {
            throw new TrytonException(ErrorCategory.DataQuality, "A purchase order needs at least one line.", "NoLines");
        }

        var existing = await FindByKeyAsync("purchase.purchase", request.IdempotencyKey, cancellationToken).ConfigureAwait(false);
        if (existing is not null)
        {
            return existing;
        }

        var partyId = await ResolvePartyAsync(request.SupplierCode, "supplier", cancellationToken).ConfigureAwait(false);
        var addressId = await FirstAddressAsync(partyId, request.SupplierCode, cancellationToken).ConfigureAwait(false);
        var (companyId, companyCurrency) = await GetCompanyAsync(cancellationToken).ConfigureAwait(false);
        var currencyId = await ResolveCurrencyAsync(request.Currency ?? companyCurrency, cancellationToken).ConfigureAwait(false);
        var warehouseId = request.WarehouseCode is null
            ? await DefaultWarehouseAsync(cancellationToken).ConfigureAwait(false)
            : await ResolveWarehouseAsync(request.WarehouseCode, cancellationToken).ConfigureAwait(false);
        var party = (await ReadAsync("party.party", [partyId], ["supplier_payment_term"], cancellationToken).ConfigureAwait(false)).Single();

        var lines = new JsonArray();
        foreach (var line in request.Lines)
        {
            if (line.Quantity <= 0)
            {
                throw new TrytonException(ErrorCategory.DataQuality, $"Line for item '{line.ItemCode}' has quantity {line.Quantity}; it must be positive.", "InvalidQuantity");
            }

            var productId = await ResolveProductAsync(line.ItemCode, cancellationToken).ConfigureAwait(false);
            var unitId = line.Unit is null
                ? TrytonValues.ToId((await ReadAsync("product.product", [productId], ["purchase_uom"], cancellationToken).ConfigureAwait(false)).Single()["purchase_uom"])
                : await ResolveUnitAsync(line.Unit, cancellationToken).ConfigureAwait(false);
            lines.Add(new JsonObject
            {
                ["type"] = "line",
                ["product"] = productId,
                ["quantity"] = (double)line.Quantity,
                ["unit"] = unitId,
                ["unit_price"] = TrytonValues.Decimal(line.UnitPrice),
            });
        }

        var values = new JsonObject
        {
            ["hub_idempotency_key"] = request.IdempotencyKey,
            ["party"] = partyId,
            ["invoice_address"] = addressId,
            ["company"] = companyId,
            ["currency"] = currencyId,
            ["warehouse"] = warehouseId,
            ["reference"] = request.Reference,
            ["payment_term"] = party["supplier_payment_term"]?.DeepClone(),
            ["lines"] = new JsonArray(new JsonArray("create", lines)),
        };
        return await CreateIdempotentAsync("purchase.purchase", request.IdempotencyKey, values, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>confirmPurchaseOrder: quotes a draft, confirms it; Tryton then expects the goods (incoming moves).</summary>
    public async Task<PurchaseOrder> ConfirmPurchaseOrderAsync(long purchaseId, CancellationToken cancellationToken = default)
    {
        var order = await GetPurchaseOrderAsync(purchaseId, cancellationToken).ConfigureAwait(false);
        if (order.State == "draft")
        {
            await ButtonAsync("purchase.purchase", "quote", [purchaseId], cancellationToken).ConfigureAwait(false);
        }

        await ButtonAsync("purchase.purchase", "confirm", [purchaseId], cancellationToken).ConfigureAwait(false);
        order = await GetPurchaseOrderAsync(purchaseId, cancellationToken).ConfigureAwait(false);
        if (order.State == "confirmed")
        {
            await ButtonAsync("purchase.purchase", "process", [purchaseId], cancellationToken).ConfigureAwait(false);
            order = await GetPurchaseOrderAsync(purchaseId, cancellationToken).ConfigureAwait(false);
        }

        if (order.State is not ("processing" or "done"))
        {
            throw new TrytonException(ErrorCategory.DataQuality,
                string.Create(CultureInfo.InvariantCulture, $"Cannot confirm purchase {purchaseId} ({order.Number ?? "no number"}): it is {order.State}."), "InvalidState");
        }

        return order;
    }

    /// <summary>listPurchaseOrdersToSend: confirmed purchases not yet marked as sent to the supplier, oldest first.</summary>
    public async Task<IReadOnlyList<PurchaseOrder>> ListPurchaseOrdersToSendAsync(int limit = 100, CancellationToken cancellationToken = default)
    {
        var rows = await SearchReadAsync("purchase.purchase",
            Domain(Clause("state", "in", new JsonArray("confirmed", "processing")), Clause("hub_sent_at", "=", null)),
            ["id"], cancellationToken, limit: limit, order: "id").ConfigureAwait(false);
        var result = new List<PurchaseOrder>();
        foreach (var row in rows)
        {
            result.Add(await GetPurchaseOrderAsync(TrytonValues.ToId(row["id"]), cancellationToken).ConfigureAwait(false));
        }

        return result;
    }

    /// <summary>markPurchaseOrderSent: records that the order went to the supplier (idempotent: the first time is kept).</summary>
    public async Task<PurchaseOrder> MarkPurchaseOrderSentAsync(long purchaseId, CancellationToken cancellationToken = default)
    {
        var order = await GetPurchaseOrderAsync(purchaseId, cancellationToken).ConfigureAwait(false);
        if (order.SentAt is not null)
        {
            return order;
        }

        if (order.State is not ("confirmed" or "processing" or "done"))
        {
            throw new TrytonException(ErrorCategory.DataQuality,
                string.Create(CultureInfo.InvariantCulture, $"Purchase {purchaseId} is {order.State}: only confirmed purchases are sent."), "InvalidState");
        }

        await WriteAsync("purchase.purchase", [purchaseId], new JsonObject { ["hub_sent_at"] = TrytonValues.DateTime(_timeProvider.GetUtcNow()) }, cancellationToken).ConfigureAwait(false);
        return await GetPurchaseOrderAsync(purchaseId, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// applySupplierConfirmation: sets the expected quantity and date of each item's pending receipt.
    /// A quantity below what is pending cancels the difference (Tryton records it as ignored, so it is
    /// not re-ordered); a larger one raises the expected receipt.
    /// </summary>
    public async Task<PurchaseOrder> ApplySupplierConfirmationAsync(long purchaseId, IReadOnlyList<SupplierConfirmationLine> lines, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var pending = await PendingMovesAsync(purchaseId, cancellationToken).ConfigureAwait(false);
        foreach (var confirmation in lines)
        {
            if (confirmation.ConfirmedQuantity < 0)
            {
                throw new TrytonException(ErrorCategory.DataQuality, $"Confirmed quantity of '{confirmation.ItemCode}' is negative.", "InvalidQuantity");
            }

            var moves = pending.Where(m => m.ItemCode == confirmation.ItemCode).ToList();
            if (moves.Count == 0)
            {
                throw new TrytonException(ErrorCategory.DataQuality,
                    string.Create(CultureInfo.InvariantCulture, $"Purchase {purchaseId} expects no more of item '{confirmation.ItemCode}'."), "NotOnOrder");
            }

            var move = moves[0];
            var others = moves.Skip(1).Sum(m => m.Quantity);
            var keep = Math.Max(0m, confirmation.ConfirmedQuantity - others);
            var values = new JsonObject { ["quantity"] = (double)keep };
            if (confirmation.DeliveryDate is { } date)
            {
                values["planned_date"] = TrytonValues.Date(date);
            }

            await WriteAsync("stock.move", [move.MoveId], values, cancellationToken).ConfigureAwait(false);
            if (confirmation.DeliveryDate is { } later && moves.Count > 1)
            {
                await WriteAsync("stock.move", moves.Skip(1).Select(m => m.MoveId), new JsonObject { ["planned_date"] = TrytonValues.Date(later) }, cancellationToken).ConfigureAwait(false);
            }

            var cut = move.Quantity - keep;
            if (cut > 0)
            {
                var copy = await ExecuteAsync("stock.move", "copy", new JsonArray(new JsonArray(move.MoveId), new JsonObject { ["quantity"] = (double)cut }), null, cancellationToken).ConfigureAwait(false);
                var copyId = TrytonValues.ToId((copy as JsonArray)?[0]);
                await ButtonAsync("stock.move", "cancel", [copyId], cancellationToken).ConfigureAwait(false);
                await WriteAsync("purchase.line", [move.LineId], new JsonObject { ["moves_ignored"] = new JsonArray(new JsonArray("add", new JsonArray(copyId))) }, cancellationToken).ConfigureAwait(false);
            }
        }

        return await GetPurchaseOrderAsync(purchaseId, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// receiveSupplierShipment: a supplier shipment with what arrived, received and done. A shortage
    /// stays on the purchase as a backorder (Tryton expects the rest in a new receipt).
    /// </summary>
    public async Task<SupplierReceipt> ReceiveSupplierShipmentAsync(long purchaseId, IReadOnlyList<ReceiptLine> lines, string? reference = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var purchase = (await ReadAsync("purchase.purchase", [purchaseId], ["party", "warehouse", "company"], cancellationToken).ConfigureAwait(false)).SingleOrDefault()
            ?? throw new TrytonException(ErrorCategory.DataQuality, string.Create(CultureInfo.InvariantCulture, $"Tryton has no purchase {purchaseId}."), "NotFound");
        var pending = await PendingMovesAsync(purchaseId, cancellationToken).ConfigureAwait(false);
        var received = lines.GroupBy(l => l.ItemCode, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Sum(l => l.ReceivedQuantity), StringComparer.Ordinal);
        var unknown = received.Keys.Where(code => pending.All(m => m.ItemCode != code)).ToList();
        if (unknown.Count > 0)
        {
            throw new TrytonException(ErrorCategory.DataQuality,
                string.Create(CultureInfo.InvariantCulture, $"Purchase {purchaseId} expects nothing of {string.Join(", ", unknown)}."), "NotOnOrder");
        }

        var results = new List<ReceiptLineResult>();
        var toReceive = new List<long>();
        foreach (var group in pending.GroupBy(m => m.ItemCode, StringComparer.Ordinal))
        {
            var expected = group.Sum(m => m.Quantity);
            var left = received.GetValueOrDefault(group.Key);
            foreach (var move in group)
            {
                var take = Math.Min(left, move.Quantity);
                left -= take;
                if (take <= 0)
                {
                    continue;
                }

                if (take != move.Quantity)
                {
                    await WriteAsync("stock.move", [move.MoveId], new JsonObject { ["quantity"] = (double)take }, cancellationToken).ConfigureAwait(false);
                }

                toReceive.Add(move.MoveId);
            }

            if (left > 0 && toReceive.Count > 0)
            {
                // More arrived than expected: the last move received carries the surplus.
                var last = group.Last(m => toReceive.Contains(m.MoveId));
                await WriteAsync("stock.move", [last.MoveId], new JsonObject { ["quantity"] = (double)(Math.Min(last.Quantity, received[group.Key]) + left) }, cancellationToken).ConfigureAwait(false);
            }

            var got = received.GetValueOrDefault(group.Key);
            results.Add(new ReceiptLineResult(group.Key, expected, got, Math.Max(0m, expected - got), group.First().Unit));
        }

        if (toReceive.Count == 0)
        {
            throw new TrytonException(ErrorCategory.DataQuality, string.Create(CultureInfo.InvariantCulture, $"Nothing received for purchase {purchaseId}."), "NothingReceived");
        }

        var shipmentId = await CreateAsync("stock.shipment.in", new JsonObject
        {
            ["supplier"] = purchase["party"]?.DeepClone(),
            ["warehouse"] = purchase["warehouse"]?.DeepClone(),
            ["company"] = purchase["company"]?.DeepClone(),
            ["reference"] = reference,
            ["incoming_moves"] = new JsonArray(new JsonArray("add", TrytonValues.Ids(toReceive))),
        }, cancellationToken).ConfigureAwait(false);
        await ButtonAsync("stock.shipment.in", "receive", [shipmentId], cancellationToken).ConfigureAwait(false);
        await ButtonAsync("stock.shipment.in", "done", [shipmentId], cancellationToken).ConfigureAwait(false);
        var shipment = (await ReadAsync("stock.shipment.in", [shipmentId], ["number", "state"], cancellationToken).ConfigureAwait(false)).Single();
        return new SupplierReceipt(shipmentId, TrytonValues.ToText(shipment["number"]), TrytonValues.ToText(shipment["state"]) ?? string.Empty, results);
    }

    /// <summary>A purchase with what is still expected per line.</summary>
    public async Task<PurchaseOrder> GetPurchaseOrderAsync(long purchaseId, CancellationToken cancellationToken = default)
    {
        var rows = await ReadAsync("purchase.purchase", [purchaseId],
            ["number", "party.code", "reference", "state", "hub_sent_at", "total_amount", "currency.code", "lines"], cancellationToken).ConfigureAwait(false);
        if (rows.Count != 1)
        {
            throw new TrytonException(ErrorCategory.DataQuality, string.Create(CultureInfo.InvariantCulture, $"Tryton has no purchase {purchaseId}."), "NotFound");
        }

        var purchase = rows[0];
        var currency = TrytonValues.ToText(TrytonValues.Path(purchase, "currency.code")) ?? string.Empty;
        var lineIds = purchase["lines"] is JsonArray l ? l.Select(TrytonValues.ToId).ToList() : [];
        var lines = await ReadAsync("purchase.line", lineIds, ["type", "product.code", "quantity", "unit.symbol", "unit_price", "moves"], cancellationToken).ConfigureAwait(false);
        var moveIds = lines.SelectMany(x => x["moves"] is JsonArray m ? m.Select(TrytonValues.ToId) : []).ToList();
        var moves = (await ReadAsync("stock.move", moveIds, ["quantity", "state", "planned_date"], cancellationToken).ConfigureAwait(false))
            .ToDictionary(m => TrytonValues.ToId(m["id"]));
        var result = new List<PurchaseOrderLine>();
        foreach (var line in lines.Where(x => TrytonValues.ToText(x["type"]) == "line"))
        {
            var lineMoves = (line["moves"] is JsonArray lm ? lm.Select(TrytonValues.ToId) : []).Select(id => moves[id]).ToList();
            var open = lineMoves.Where(m => TrytonValues.ToText(m["state"]) is "draft" or "assigned").ToList();
            result.Add(new PurchaseOrderLine(
                TrytonValues.ToId(line["id"]),
                TrytonValues.ToText(TrytonValues.Path(line, "product.code")) ?? string.Empty,
                TrytonValues.ToDecimal(line["quantity"]),
                lineMoves.Where(m => TrytonValues.ToText(m["state"]) == "done").Sum(m => TrytonValues.ToDecimal(m["quantity"])),
                open.Sum(m => TrytonValues.ToDecimal(m["quantity"])),
                open.Select(m => TrytonValues.ToDate(m["planned_date"])).Where(d => d is not null).Min(),
                TrytonValues.ToText(TrytonValues.Path(line, "unit.symbol")) ?? string.Empty,
                new Money(TrytonValues.ToDecimal(line["unit_price"]), currency)));
        }

        return new PurchaseOrder(
            purchaseId,
            TrytonValues.ToText(purchase["number"]),
            TrytonValues.ToText(TrytonValues.Path(purchase, "party.code")) ?? string.Empty,
            TrytonValues.ToText(purchase["reference"]),
            TrytonValues.ToText(purchase["state"]) ?? string.Empty,
            TrytonValues.ToDateTime(purchase["hub_sent_at"]),
            new Money(TrytonValues.ToDecimal(purchase["total_amount"]), currency),
            result);
    }

    private async Task<IReadOnlyList<PendingMove>> PendingMovesAsync(long purchaseId, CancellationToken cancellationToken)
    {
        var rows = await SearchReadAsync("stock.move",
            Domain(Clause("purchase", "=", purchaseId), Clause("state", "=", "draft"), Clause("shipment", "=", null)),
            ["origin", "product.code", "quantity", "uom.symbol"], cancellationToken, order: "id").ConfigureAwait(false);
        return rows.Select(r => new PendingMove(
            TrytonValues.ToId(r["id"]),
            TrytonValues.ToReferenceId(r["origin"], "purchase.line") ?? throw new TrytonException($"Move {r["id"]} of purchase {purchaseId} has no purchase line."),
            TrytonValues.ToText(TrytonValues.Path(r, "product.code")) ?? string.Empty,
            TrytonValues.ToDecimal(r["quantity"]),
            TrytonValues.ToText(TrytonValues.Path(r, "uom.symbol")) ?? string.Empty)).ToList();
    }

    private sealed record PendingMove(long MoveId, long LineId, string ItemCode, decimal Quantity, string Unit);
}
