using System.Text.Json.Nodes;
using IntegrationHub.Connectors.Sandbox.Internal;
using IntegrationHub.Connectors.Sandbox.Model;
using IntegrationHub.Connectors.Sdk;

namespace IntegrationHub.Connectors.Sandbox.Operations;

/// <summary>Lists records of an entity changed after a moment.</summary>
[Operation("listChanges", Description = "Lists records of one entity (customer, item, priceList, stock, salesOrder, shipment, purchaseOrder, invoice) changed after 'since', oldest first.", Idempotent = true)]
internal sealed class ListChangesOperation : ConnectorOperation<SandboxSettings, ListChangesInput, ChangeList>
{
    private static readonly Dictionary<string, string> Prefixes = new(StringComparer.Ordinal)
    {
        ["customer"] = "customer",
        ["item"] = "item",
        ["priceList"] = "pricelist",
        ["stock"] = "stock",
        ["salesOrder"] = "so",
        ["shipment"] = "shipment",
        ["purchaseOrder"] = "po",
        ["invoice"] = "invoice",
    };

    public override async Task<ChangeList> ExecuteAsync(OperationContext context, SandboxSettings settings, ListChangesInput input, CancellationToken cancellationToken)
    {
        if (!Prefixes.TryGetValue(input.Entity, out var prefix))
        {
            throw new ConnectorException(ErrorCategory.DataQuality, $"listChanges: entity '{input.Entity}' is unknown; use one of {string.Join(", ", Prefixes.Keys)}.", "unknown_entity");
        }

        var store = new SandboxStore(context, cancellationToken);
        await store.EnsureSeededAsync().ConfigureAwait(false);
        var changes = new List<ChangeRecord>();
        foreach (var entry in await store.ListEntriesAsync(prefix).ConfigureAwait(false))
        {
            var data = entry.Value.AsObject();
            var changedAt = data["updatedAt"]?.GetValue<DateTimeOffset>() ?? DateTimeOffset.MinValue;
            if (input.Since is null || changedAt > input.Since)
            {
                changes.Add(new ChangeRecord(input.Entity, entry.Key[(prefix.Length + 1)..], changedAt, (JsonObject)data.DeepClone()));
            }
        }

        return new ChangeList([.. changes.OrderBy(c => c.ChangedAt).ThenBy(c => c.Key, StringComparer.Ordinal)]);
    }
}
