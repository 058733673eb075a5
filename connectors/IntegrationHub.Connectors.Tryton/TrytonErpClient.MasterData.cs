using System.Text.Json.Nodes;
using IntegrationHub.Connectors.Sdk;
using IntegrationHub.Connectors.Tryton.Models;
using IntegrationHub.Connectors.Tryton.Rpc;

namespace IntegrationHub.Connectors.Tryton;

public sealed partial class TrytonErpClient
{
    private static readonly string[] ItemFields =
        ["code", "name", "type", "default_uom.symbol", "sale_uom.symbol", "purchase_uom.symbol", "list_price", "salable", "purchasable"];

    /// <summary>getCustomer: the party with this code.</summary>
    public async Task<Customer> GetCustomerAsync(string customerCode, CancellationToken cancellationToken = default)
    {
        var id = await ResolvePartyAsync(customerCode, "customer", cancellationToken).ConfigureAwait(false);
        var row = (await ReadAsync("party.party", [id],
            ["code", "name", "sale_price_list.name", "credit_limit_amount", "customer_payment_term.name", "addresses"], cancellationToken).ConfigureAwait(false)).Single();
        var (_, currency) = await GetCompanyAsync(cancellationToken).ConfigureAwait(false);
        var addressIds = row["addresses"] is JsonArray a ? a.Select(TrytonValues.ToId).ToList() : [];
        var addresses = addressIds.Count == 0
            ? []
            : (await ReadAsync("party.address", addressIds, ["street", "city", "postal_code", "country.code"], cancellationToken).ConfigureAwait(false))
                .Select(r => new Address(TrytonValues.ToId(r["id"]), TrytonValues.ToText(r["street"]), TrytonValues.ToText(r["city"]),
                    TrytonValues.ToText(r["postal_code"]), TrytonValues.ToText(TrytonValues.Path(r, "country.code"))))
                .ToList();
        var limit = TrytonValues.ToNullableDecimal(row["credit_limit_amount"]);
        return new Customer(
            id,
            TrytonValues.ToText(row["code"]) ?? customerCode,
            TrytonValues.ToText(row["name"]) ?? string.Empty,
            TrytonValues.ToText(TrytonValues.Path(row, "sale_price_list.name")),
            limit is null ? null : new Money(limit.Value, currency),
            TrytonValues.ToText(TrytonValues.Path(row, "customer_payment_term.name")),
            addresses);
    }

    /// <summary>listItems: products, optionally those whose code or name contains <paramref name="search"/>, by code.</summary>
    public async Task<IReadOnlyList<Item>> ListItemsAsync(string? search = null, int offset = 0, int limit = 100, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(offset);
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        var domain = string.IsNullOrWhiteSpace(search)
            ? new JsonArray()
            : Domain(new JsonArray("OR", Clause("code", "ilike", $"%{search}%"), Clause("name", "ilike", $"%{search}%")));
        var (_, currency) = await GetCompanyAsync(cancellationToken).ConfigureAwait(false);
        var rows = await SearchReadAsync("product.product", domain, ItemFields, cancellationToken, offset, limit, "code").ConfigureAwait(false);
        return rows.Select(r => ToItem(r, currency)).ToList();
    }

    /// <summary>getItem: the product with this code.</summary>
    public async Task<Item> GetItemAsync(string itemCode, CancellationToken cancellationToken = default)
    {
        var id = await ResolveProductAsync(itemCode, cancellationToken).ConfigureAwait(false);
        var (_, currency) = await GetCompanyAsync(cancellationToken).ConfigureAwait(false);
        var row = (await ReadAsync("product.product", [id], ItemFields, cancellationToken).ConfigureAwait(false)).Single();
        return ToItem(row, currency);
    }

    /// <summary>getContractPrice: the price Tryton would put on a sale line (the customer's price list, else the list price).</summary>
    public async Task<ContractPrice> GetContractPriceAsync(string customerCode, string itemCode, decimal quantity, string? unit = null, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(quantity);
        var partyId = await ResolvePartyAsync(customerCode, "customer", cancellationToken).ConfigureAwait(false);
        var productId = await ResolveProductAsync(itemCode, cancellationToken).ConfigureAwait(false);
        var party = (await ReadAsync("party.party", [partyId], ["sale_price_list", "sale_price_list.name"], cancellationToken).ConfigureAwait(false)).Single();
        var product = (await ReadAsync("product.product", [productId], ["sale_uom.symbol", "sale_uom"], cancellationToken).ConfigureAwait(false)).Single();
        var unitCode = unit ?? TrytonValues.ToText(TrytonValues.Path(product, "sale_uom.symbol")) ?? throw new TrytonException($"Item '{itemCode}' has no sale unit.");
        var unitId = unit is null ? TrytonValues.ToId(product["sale_uom"]) : await ResolveUnitAsync(unit, cancellationToken).ConfigureAwait(false);
        var (companyId, currency) = await GetCompanyAsync(cancellationToken).ConfigureAwait(false);
        var currencyId = await ResolveCurrencyAsync(currency, cancellationToken).ConfigureAwait(false);
        var priceListId = TrytonValues.ToNullableId(party["sale_price_list"]);
        var context = new JsonObject
        {
            ["customer"] = partyId,
            ["quantity"] = (double)quantity,
            ["uom"] = unitId,
            ["currency"] = currencyId,
            ["company"] = companyId,
            ["price_list"] = priceListId,
        };
        var priced = (await ReadAsync("product.product", [productId], ["sale_price_uom"], cancellationToken, context).ConfigureAwait(false)).Single();
        var price = TrytonValues.ToNullableDecimal(priced["sale_price_uom"])
            ?? throw new TrytonException(ErrorCategory.DataQuality, $"Tryton has no sale price for item '{itemCode}'.", "NoPrice");
        return new ContractPrice(customerCode, itemCode, quantity, unitCode, new Money(decimal.Round(price, 4), currency),
            TrytonValues.ToText(TrytonValues.Path(party, "sale_price_list.name")));
    }

    /// <summary>checkCredit: whether an order of this amount fits the customer's credit limit.</summary>
    public async Task<CreditCheckResult> CheckCreditAsync(string customerCode, Money orderAmount, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(orderAmount);
        var partyId = await ResolvePartyAsync(customerCode, "customer", cancellationToken).ConfigureAwait(false);
        var (_, currency) = await GetCompanyAsync(cancellationToken).ConfigureAwait(false);
        if (!string.Equals(orderAmount.Currency, currency, StringComparison.OrdinalIgnoreCase))
        {
            throw new TrytonException(ErrorCategory.DataQuality,
                $"Credit limits are kept in {currency}; convert the order amount ({orderAmount.Currency}) first.", "CurrencyMismatch");
        }

        var row = (await ReadAsync("party.party", [partyId], ["credit_limit_amount", "credit_amount"], cancellationToken).ConfigureAwait(false)).Single();
        var limit = TrytonValues.ToNullableDecimal(row["credit_limit_amount"]);
        var exposure = TrytonValues.ToDecimal(row["credit_amount"]);
        var decision = limit is null || exposure + orderAmount.Amount <= limit ? CreditDecision.Approved : CreditDecision.Hold;
        return new CreditCheckResult(customerCode, decision, new Money(orderAmount.Amount, currency),
            limit is null ? null : new Money(limit.Value, currency),
            new Money(exposure, currency),
            limit is null ? null : new Money(limit.Value - exposure, currency));
    }

    /// <summary>getAvailability: on hand and available to promise per item and warehouse (all warehouses when none is given).</summary>
    public async Task<IReadOnlyList<ItemAvailability>> GetAvailabilityAsync(
        IReadOnlyCollection<string> itemCodes, IReadOnlyCollection<string>? warehouseCodes = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(itemCodes);
        var products = new Dictionary<long, string>();
        foreach (var code in itemCodes)
        {
            products[await ResolveProductAsync(code, cancellationToken).ConfigureAwait(false)] = code;
        }

        var warehouses = new List<(long Id, string Code)>();
        if (warehouseCodes is { Count: > 0 })
        {
            foreach (var code in warehouseCodes)
            {
                warehouses.Add((await ResolveWarehouseAsync(code, cancellationToken).ConfigureAwait(false), code));
            }
        }
        else
        {
            var rows = await SearchReadAsync("stock.location", Domain(Clause("type", "=", "warehouse")), ["code"], cancellationToken, order: "code").ConfigureAwait(false);
            warehouses.AddRange(rows.Select(r => (TrytonValues.ToId(r["id"]), TrytonValues.ToText(r["code"]) ?? string.Empty)));
        }

        var today = DateOnly.FromDateTime(_timeProvider.GetUtcNow().UtcDateTime);
        var result = new List<ItemAvailability>();
        foreach (var (warehouseId, warehouseCode) in warehouses)
        {
            // quantity: what is in the warehouse today; forecast_quantity: after every planned move
            // (open sales and purchases). Promising more than the smaller of the two breaks a promise.
            var context = new JsonObject
            {
                ["locations"] = new JsonArray(warehouseId),
                ["stock_date_end"] = TrytonValues.Date(today),
                ["with_childs"] = true,
            };
            var rows = await ReadAsync("product.product", products.Keys, ["quantity", "forecast_quantity", "default_uom.symbol"], cancellationToken, context).ConfigureAwait(false);
            var forecastContext = new JsonObject { ["locations"] = new JsonArray(warehouseId), ["with_childs"] = true };
            var forecasts = (await ReadAsync("product.product", products.Keys, ["forecast_quantity"], cancellationToken, forecastContext).ConfigureAwait(false))
                .ToDictionary(r => TrytonValues.ToId(r["id"]), r => TrytonValues.ToDecimal(r["forecast_quantity"]));
            foreach (var row in rows)
            {
                var id = TrytonValues.ToId(row["id"]);
                var onHand = TrytonValues.ToDecimal(row["quantity"]);
                var available = Math.Max(0m, Math.Min(onHand, forecasts[id]));
                result.Add(new ItemAvailability(products[id], warehouseCode, onHand, available,
                    TrytonValues.ToText(TrytonValues.Path(row, "default_uom.symbol")) ?? string.Empty));
            }
        }

        return result;
    }

    private static Item ToItem(JsonObject row, string currency) => new(
        TrytonValues.ToId(row["id"]),
        TrytonValues.ToText(row["code"]) ?? string.Empty,
        TrytonValues.ToText(row["name"]) ?? string.Empty,
        TrytonValues.ToText(row["type"]) ?? string.Empty,
        TrytonValues.ToText(TrytonValues.Path(row, "default_uom.symbol")) ?? string.Empty,
        TrytonValues.ToText(TrytonValues.Path(row, "sale_uom.symbol")),
        TrytonValues.ToText(TrytonValues.Path(row, "purchase_uom.symbol")),
        new Money(TrytonValues.ToDecimal(row["list_price"]), currency),
        TrytonValues.ToBool(row["salable"]),
        TrytonValues.ToBool(row["purchasable"]));
}
