using System.Globalization;
using IntegrationHub.Connectors.Sandbox.Internal;
using IntegrationHub.Connectors.Sandbox.Model;
using IntegrationHub.Connectors.Sdk;

namespace IntegrationHub.Connectors.Sandbox.Operations;

/// <summary>Lists items page by page.</summary>
[Operation("listItems", Description = "Lists items ordered by SKU, optionally filtered by text, page by page.", Idempotent = true, Pageable = true)]
internal sealed class ListItemsOperation : ConnectorOperation<SandboxSettings, ListItemsInput, ItemPage>
{
    public override async Task<ItemPage> ExecuteAsync(OperationContext context, SandboxSettings settings, ListItemsInput input, CancellationToken cancellationToken)
    {
        if (input.PageSize is < 1 or > 500)
        {
            throw new ConnectorException(ErrorCategory.DataQuality, $"Input pageSize is {input.PageSize}; it must be between 1 and 500.", "invalid_input");
        }

        var offset = 0;
        if (input.PageToken is not null && (!int.TryParse(input.PageToken, NumberStyles.None, CultureInfo.InvariantCulture, out offset)))
        {
            throw new ConnectorException(ErrorCategory.DataQuality, $"Page token '{input.PageToken}' is not one this operation returned.", "invalid_page_token");
        }

        var store = new SandboxStore(context, cancellationToken);
        await store.EnsureSeededAsync().ConfigureAwait(false);
        var items = (await store.ListAsync<Item>("item").ConfigureAwait(false))
            .Where(i => input.Search is null || i.Sku.Contains(input.Search, StringComparison.OrdinalIgnoreCase) || i.Description.Contains(input.Search, StringComparison.OrdinalIgnoreCase))
            .ToList();
        var page = items.Skip(offset).Take(input.PageSize).ToList();
        var next = offset + page.Count < items.Count ? (offset + page.Count).ToString(CultureInfo.InvariantCulture) : null;
        return new ItemPage(page, next);
    }
}
