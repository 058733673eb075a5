using IntegrationHub.Connectors.Sdk;
using IntegrationHub.Connectors.Tryton.Models;

namespace IntegrationHub.Connectors.Tryton.Operations;

[Operation("getContractPrice", Description = "The unit price of a customer's contract price list for an item, quantity and unit.")]
internal sealed class GetContractPriceOperation : TrytonOperation<ContractPriceInput, ContractPrice>
{
    protected override async Task<ContractPrice> ExecuteAsync(TrytonErpClient client, OperationContext context, ContractPriceInput input, CancellationToken cancellationToken)
    {
        return await client.GetContractPriceAsync(input.Customer, input.Item, input.Quantity, input.Unit, cancellationToken).ConfigureAwait(false);
    }
}
