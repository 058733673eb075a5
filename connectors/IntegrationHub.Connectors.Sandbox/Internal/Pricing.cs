using IntegrationHub.Connectors.Sandbox.Model;

namespace IntegrationHub.Connectors.Sandbox.Internal;

/// <summary>Contract pricing: the customer's price list entry for the unit with the largest minimum quantity reached, else the list price.</summary>
internal static class Pricing
{
    public static async Task<ContractPriceOutput> PriceAsync(SandboxStore store, Customer customer, Item item, decimal quantity, string unit)
    {
        var factor = Units.Factor(item, unit, $"Price of {item.Sku}");
        var listPrice = item.ListPrice * factor;
        if (customer.PriceList is { } code && await store.FindAsync<PriceList>("pricelist", code).ConfigureAwait(false) is { } priceList)
        {
            var entry = priceList.Entries
                .Where(e => e.Sku == item.Sku && e.Unit == unit && e.MinQuantity <= quantity)
                .MaxBy(e => e.MinQuantity);
            if (entry is not null)
            {
                return new ContractPriceOutput(customer.Code, item.Sku, unit, entry.UnitPrice, priceList.Currency, priceList.Code, listPrice);
            }
        }

        return new ContractPriceOutput(customer.Code, item.Sku, unit, listPrice, item.Currency, "list", listPrice);
    }
}
