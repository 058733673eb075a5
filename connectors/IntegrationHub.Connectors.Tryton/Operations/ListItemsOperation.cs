using IntegrationHub.Connectors.Sdk;
using IntegrationHub.Connectors.Tryton.Models;

namespace IntegrationHub.Connectors.Tryton.Operations;

[Operation("listItems", Description = "Lists items by code, optionally filtered by code or name.")]
internal sealed class ListItemsOperation : TrytonOperation<ListItemsInput, ItemList>
{
    protected override async Task<ItemList> ExecuteAsync(TrytonErpClient client, OperationContext context, ListItemsInput input, CancellationToken cancellationToken)
    {
        return new ItemList(await client.ListItemsAsync(input.Search, input.Offset, input.Limit, cancellationToken).ConfigureAwait(false));
    }
}
