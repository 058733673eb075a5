using IntegrationHub.Connectors.Sandbox.Internal;
using IntegrationHub.Connectors.Sandbox.Model;
using IntegrationHub.Connectors.Sdk;

namespace IntegrationHub.Connectors.Sandbox.Operations;

/// <summary>Prices an item for a customer.</summary>
[Operation("getContractPrice", Description = "Returns the unit price a customer pays for a quantity of an item in a unit, and the price list used.", Idempotent = true)]
internal sealed class GetContractPriceOperation : ConnectorOperation<SandboxSettings, ContractPriceInput, ContractPriceOutput>
{
    public override async Task<ContractPriceOutput> ExecuteAsync(OperationContext context, SandboxSettings settings, ContractPriceInput input, CancellationToken cancellationToken)
    {
        Units.RequirePositive(input.Quantity, "getContractPrice");
        var store = new SandboxStore(context, cancellationToken);
        await store.EnsureSeededAsync().ConfigureAwait(false);
        var customer = await store.GetAsync<Customer>("customer", input.Customer).ConfigureAwait(false);
        var item = await store.GetAsync<Item>("item", input.Sku).ConfigureAwait(false);
        return await Pricing.PriceAsync(store, customer, item, input.Quantity, input.Unit).ConfigureAwait(false);
    }
}
