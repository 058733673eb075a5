using IntegrationHub.Connectors.Sdk;
using IntegrationHub.Connectors.Tryton.Models;

namespace IntegrationHub.Connectors.Tryton.Operations;

[Operation("listShipments", Description = "Customer shipments in a state.")]
internal sealed class ListShipmentsOperation : TrytonOperation<ListShipmentsInput, ShipmentList>
{
    protected override async Task<ShipmentList> ExecuteAsync(TrytonErpClient client, OperationContext context, ListShipmentsInput input, CancellationToken cancellationToken)
    {
        return new ShipmentList(await client.ListShipmentsAsync(input.State, input.Warehouse, input.Limit, cancellationToken).ConfigureAwait(false));
    }
}
