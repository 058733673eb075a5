using IntegrationHub.Connectors.Sandbox.Internal;
using IntegrationHub.Connectors.Sandbox.Model;
using IntegrationHub.Connectors.Sdk;

namespace IntegrationHub.Connectors.Sandbox.Operations;

/// <summary>Returns available-to-promise stock per warehouse.</summary>
[Operation("getAvailability", Description = "Returns on-hand, reserved and available-to-promise quantity per warehouse for each item, in the item's base unit.", Idempotent = true)]
internal sealed class GetAvailabilityOperation : ConnectorOperation<SandboxSettings, AvailabilityInput, AvailabilityOutput>
{
    public override async Task<AvailabilityOutput> ExecuteAsync(OperationContext context, SandboxSettings settings, AvailabilityInput input, CancellationToken cancellationToken)
    {
        var store = new SandboxStore(context, cancellationToken);
        await store.EnsureSeededAsync().ConfigureAwait(false);
        var warehouses = (await store.ListAsync<Warehouse>("warehouse").ConfigureAwait(false)).Select(w => w.Code).ToList();
        foreach (var requested in input.Warehouses ?? [])
        {
            if (!warehouses.Contains(requested, StringComparer.Ordinal))
            {
                throw new ConnectorException(ErrorCategory.DataQuality, $"getAvailability: warehouse '{requested}' does not exist; warehouses are {string.Join(", ", warehouses)}.", "unknown_warehouse");
            }
        }

        var stock = await store.ListAsync<Stock>("stock").ConfigureAwait(false);
        var result = new List<ItemAvailability>();
        foreach (var sku in input.Skus)
        {
            var item = await store.GetAsync<Item>("item", sku, ErrorCategory.DataQuality).ConfigureAwait(false);
            var perWarehouse = warehouses
                .Where(w => input.Warehouses is null || input.Warehouses.Contains(w, StringComparer.Ordinal))
                .Select(w => stock.FirstOrDefault(s => s.Warehouse == w && s.Sku == sku) is { } s
                    ? new WarehouseAvailability(w, s.OnHand, s.Reserved, s.OnHand - s.Reserved)
                    : new WarehouseAvailability(w, 0m, 0m, 0m))
                .ToList();
            result.Add(new ItemAvailability(sku, item.BaseUnit, perWarehouse, perWarehouse.Sum(w => w.Available)));
        }

        return new AvailabilityOutput(result);
    }
}
