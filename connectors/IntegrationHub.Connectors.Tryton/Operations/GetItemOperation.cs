using IntegrationHub.Connectors.Sdk;
using IntegrationHub.Connectors.Tryton.Models;

namespace IntegrationHub.Connectors.Tryton.Operations;

[Operation("getItem", Description = "Reads an item with its units and list price.")]
internal sealed class GetItemOperation : TrytonOperation<ItemInput, Item>
{
    protected override async Task<Item> ExecuteAsync(TrytonErpClient client, OperationContext context, ItemInput input, CancellationToken cancellationToken)
    {
        return await client.GetItemAsync(input.Item, cancellationToken).ConfigureAwait(false);
    }
}
