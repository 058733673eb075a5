using System.Globalization;
using System.Text.Json.Nodes;
using IntegrationHub.Connectors.Sdk;
using IntegrationHub.Connectors.Tryton.Models;
using IntegrationHub.Connectors.Tryton.Rpc;

namespace IntegrationHub.Connectors.Tryton;

public sealed partial class TrytonErpClient
{
    /// <summary>
    /// createSalesOrder: a draft sale carrying the idempotency key. The companion module makes the key
    /// unique in Tryton (checked under a table lock), so concurrent duplicates yield one sale: the
    /// losers see the constraint error, find the winner's sale and return it.
    /// </summary>
    public async Task<OrderResult> CreateSalesOrderAsync(SalesOrderRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentException.ThrowIfNullOrWhiteSpace(request.IdempotencyKey);
        if (request.Lines.Count == 0)
        {
            throw new TrytonException(ErrorCategory.DataQuality, "A sales order needs at least one line.", "NoLines");
        }

        var existing = await FindByKeyAsync("sale.sale", request.IdempotencyKey, cancellationToken).ConfigureAwait(false);
        if (existing is not null)
        {
            return existing;
        }

        var partyId = await ResolvePartyAsync(request.CustomerCode, "customer", cancellationToken).ConfigureAwait(false);
        var addressId = await FirstAddressAsync(partyId, request.CustomerCode, cancellationToken).ConfigureAwait(false);
        var (companyId, companyCurrency) = await GetCompanyAsync(cancellationToken).ConfigureAwait(false);
        var currencyId = await ResolveCurrencyAsync(request.Currency ?? companyCurrency, cancellationToken).ConfigureAwait(false);
        var warehouseId = request.WarehouseCode is null
            ? await DefaultWarehouseAsync(cancellationToken).ConfigureAwait(false)
            : await ResolveWarehouseAsync(request.WarehouseCode, cancellationToken).ConfigureAwait(false);
        var party = (await ReadAsync("party.party", [partyId], ["customer_payment_term"], cancellationToken).ConfigureAwait(false)).Single();

        var lines = new JsonArray();
        foreach (var line in request.Lines)
        {
            if (line.Quantity <= 0)
            {
                throw new TrytonException(ErrorCategory.DataQuality, $"Line for item '{line.ItemCode}' has quantity {line.Quantity}; it must be positive.", "InvalidQuantity");
            }

            var productId = await ResolveProductAsync(line.ItemCode, cancellationToken).ConfigureAwait(false);
            var price = line.UnitPrice ?? (await GetContractPriceAsync(request.CustomerCode, line.ItemCode, line.Quantity, line.Unit, cancellationToken).ConfigureAwait(false)).UnitPrice.Amount;
            var unitId = line.Unit is null
                ? TrytonValues.ToId((await ReadAsync("product.product", [productId], ["sale_uom"], cancellationToken).ConfigureAwait(false)).Single()["sale_uom"])
                : await ResolveUnitAsync(line.Unit, cancellationToken).ConfigureAwait(false);
            lines.Add(new JsonObject
            {
                ["type"] = "line",
                ["product"] = productId,
                ["quantity"] = (double)line.Quantity,
                ["unit"] = unitId,
                ["unit_price"] = TrytonValues.Decimal(price),
            });
        }

        var values = new JsonObject
        {
            ["hub_idempotency_key"] = request.IdempotencyKey,
            ["party"] = partyId,
            ["invoice_address"] = addressId,
            ["shipment_address"] = addressId,
            ["company"] = companyId,
            ["currency"] = currencyId,
            ["warehouse"] = warehouseId,
            ["reference"] = request.CustomerReference,
            ["description"] = request.Description,
            ["payment_term"] = party["customer_payment_term"]?.DeepClone(),
            ["lines"] = new JsonArray(new JsonArray("create", lines)),
        };
        if (request.CarrierCode is not null)
        {
            values["carrier"] = await ResolveCarrierAsync(request.CarrierCode, cancellationToken).ConfigureAwait(false);
        }

        return await CreateIdempotentAsync("sale.sale", request.IdempotencyKey, values, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Draft → quotation (Tryton numbers the sale here).</summary>
    public Task<SalesOrderStatus> QuoteSalesOrderAsync(long saleId, CancellationToken cancellationToken = default) =>
        TransitionSaleAsync(saleId, "quote", ["quotation", "confirmed", "processing", "done"], cancellationToken);

    /// <summary>
    /// confirmSalesOrder: quotes a draft first, then confirms. A customer over the credit limit fails
    /// with a <see cref="ErrorCategory.Business"/> error and the sale stays a quotation.
    /// </summary>
    public async Task<SalesOrderStatus> ConfirmSalesOrderAsync(long saleId, CancellationToken cancellationToken = default)
    {
        var status = await GetSalesOrderStatusAsync(saleId, cancellationToken).ConfigureAwait(false);
        if (status.State == "draft")
        {
            await QuoteSalesOrderAsync(saleId, cancellationToken).ConfigureAwait(false);
        }

        return await TransitionSaleAsync(saleId, "confirm", ["confirmed", "processing", "done"], cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Confirmed → processing: Tryton creates the customer shipments and invoices.</summary>
    public Task<SalesOrderStatus> ProcessSalesOrderAsync(long saleId, CancellationToken cancellationToken = default) =>
        TransitionSaleAsync(saleId, "process", ["processing", "done"], cancellationToken);

    /// <summary>getSalesOrderStatus: states and line-level ordered, shipped and backordered quantities.</summary>
    public async Task<SalesOrderStatus> GetSalesOrderStatusAsync(long saleId, CancellationToken cancellationToken = default)
    {
        var rows = await ReadAsync("sale.sale", [saleId],
            ["number", "party.code", "reference", "state", "shipment_state", "invoice_state", "total_amount", "currency.code", "shipments", "lines"], cancellationToken).ConfigureAwait(false);
        if (rows.Count != 1)
        {
            throw new TrytonException(ErrorCategory.DataQuality, string.Create(CultureInfo.InvariantCulture, $"Tryton has no sale {saleId}."), "NotFound");
        }

        var sale = rows[0];
        var currency = TrytonValues.ToText(TrytonValues.Path(sale, "currency.code")) ?? string.Empty;
        var lineIds = sale["lines"] is JsonArray l ? l.Select(TrytonValues.ToId).ToList() : [];
        var lines = await ReadAsync("sale.line", lineIds, ["type", "product.code", "product.type", "quantity", "unit.symbol", "moves", "moves_ignored"], cancellationToken).ConfigureAwait(false);
        var moveIds = lines.SelectMany(x => x["moves"] is JsonArray m ? m.Select(TrytonValues.ToId) : []).ToList();
        var moves = (await ReadAsync("stock.move", moveIds, ["quantity", "state", "uom.symbol"], cancellationToken).ConfigureAwait(false))
            .ToDictionary(m => TrytonValues.ToId(m["id"]));

        var statuses = new List<SalesOrderLineStatus>();
        foreach (var line in lines.Where(x => TrytonValues.ToText(x["type"]) == "line" && TrytonValues.ToText(TrytonValues.Path(x, "product.type")) == "goods"))
        {
            var ordered = TrytonValues.ToDecimal(line["quantity"]);
            var ignored = line["moves_ignored"] is JsonArray ig ? ig.Select(TrytonValues.ToId).ToHashSet() : [];
            var lineMoves = (line["moves"] is JsonArray lm ? lm.Select(TrytonValues.ToId) : []).Select(id => moves[id]).ToList();
            // Tryton moves are in the sale line's unit (sale moves are created in it).
            var shipped = lineMoves.Where(m => TrytonValues.ToText(m["state"]) == "done").Sum(m => TrytonValues.ToDecimal(m["quantity"]));
            var cancelled = lineMoves.Where(m => ignored.Contains(TrytonValues.ToId(m["id"]))).Sum(m => TrytonValues.ToDecimal(m["quantity"]));
            var open = Math.Max(0m, ordered - shipped - cancelled);
            var backordered = shipped > 0 ? open : 0m;
            statuses.Add(new SalesOrderLineStatus(TrytonValues.ToId(line["id"]), TrytonValues.ToText(TrytonValues.Path(line, "product.code")) ?? string.Empty,
                ordered, shipped, backordered, open, TrytonValues.ToText(TrytonValues.Path(line, "unit.symbol")) ?? string.Empty));
        }

        return new SalesOrderStatus(
            saleId,
            TrytonValues.ToText(sale["number"]),
            TrytonValues.ToText(TrytonValues.Path(sale, "party.code")) ?? string.Empty,
            TrytonValues.ToText(sale["reference"]),
            TrytonValues.ToText(sale["state"]) ?? string.Empty,
            TrytonValues.ToText(sale["shipment_state"]) ?? string.Empty,
            TrytonValues.ToText(sale["invoice_state"]) ?? string.Empty,
            new Money(TrytonValues.ToDecimal(sale["total_amount"]), currency),
            sale["shipments"] is JsonArray s ? s.Select(TrytonValues.ToId).ToList() : [],
            statuses);
    }

    private async Task<SalesOrderStatus> TransitionSaleAsync(long saleId, string button, string[] expected, CancellationToken cancellationToken)
    {
        await ButtonAsync("sale.sale", button, [saleId], cancellationToken).ConfigureAwait(false);
        var status = await GetSalesOrderStatusAsync(saleId, cancellationToken).ConfigureAwait(false);
        // Tryton's workflow silently skips records in the wrong state: say so instead.
        if (!expected.Contains(status.State))
        {
            throw new TrytonException(ErrorCategory.DataQuality,
                string.Create(CultureInfo.InvariantCulture, $"Cannot {button} sale {saleId} ({status.Number ?? "no number"}): it is {status.State}."), "InvalidState");
        }

        return status;
    }

    private async Task<OrderResult?> FindByKeyAsync(string model, string key, CancellationToken cancellationToken)
    {
        var rows = await SearchReadAsync(model, Domain(Clause("hub_idempotency_key", "=", key)), ["number", "state"], cancellationToken, limit: 1).ConfigureAwait(false);
        if (rows.Count == 0)
        {
            return null;
        }

        var id = TrytonValues.ToId(rows[0]["id"]);
        Log.AlreadyExists(_logger, model, id, key);
        return new OrderResult(id, TrytonValues.ToText(rows[0]["number"]), TrytonValues.ToText(rows[0]["state"]) ?? string.Empty, Created: false);
    }

    private async Task<OrderResult> CreateIdempotentAsync(string model, string key, JsonObject values, CancellationToken cancellationToken)
    {
        long id;
        try
        {
            id = await CreateAsync(model, values, cancellationToken).ConfigureAwait(false);
        }
        catch (TrytonException ex) when (ex.Category == ErrorCategory.DataQuality)
        {
            // A concurrent call with the same key won the unique constraint: return its record.
            var winner = await FindByKeyAsync(model, key, cancellationToken).ConfigureAwait(false);
            if (winner is null)
            {
                throw;
            }

            return winner;
        }

        Log.Created(_logger, model, id, key);
        var row = (await ReadAsync(model, [id], ["number", "state"], cancellationToken).ConfigureAwait(false)).Single();
        return new OrderResult(id, TrytonValues.ToText(row["number"]), TrytonValues.ToText(row["state"]) ?? string.Empty, Created: true);
    }
}
