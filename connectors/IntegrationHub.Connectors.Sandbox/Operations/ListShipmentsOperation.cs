using IntegrationHub.Connectors.Sandbox.Internal;
using IntegrationHub.Connectors.Sandbox.Model;
using IntegrationHub.Connectors.Sdk;

namespace IntegrationHub.Connectors.Sandbox.Operations;

/// <summary>Lists shipments.</summary>
[Operation("listShipments", Description = "Lists shipments by state, warehouse or order, ordered by number.", Idempotent = true)]
internal sealed class ListShipmentsOperation : ConnectorOperation<SandboxSettings, ListShipmentsInput, ShipmentList>
{
    public override async Task<ShipmentList> ExecuteAsync(OperationContext context, SandboxSettings settings, ListShipmentsInput input, CancellationToken cancellationToken)
    {
        var store = new SandboxStore(context, cancellationToken);
        await store.EnsureSeededAsync().ConfigureAwait(false);
        var shipments = (await store.ListAsync<Shipment>("shipment").ConfigureAwait(false))
            .Where(s => (input.State is null || s.State == input.State)
                && (input.Warehouse is null || s.Warehouse == input.Warehouse)
                && (input.OrderNumber is null || s.OrderNumber == input.OrderNumber))
            .ToList();
        return new ShipmentList(shipments);
    }
}
