using IntegrationHub.Connectors.Sdk;
using IntegrationHub.Connectors.Tryton.Models;

namespace IntegrationHub.Connectors.Tryton.Operations;

[Operation("shipmentAction", Description = "Assigns, picks, packs or ships a customer shipment, recording carrier and tracking number.")]
internal sealed class ShipmentActionOperation : TrytonOperation<ShipmentActionRequest, Shipment>
{
    protected override async Task<Shipment> ExecuteAsync(TrytonErpClient client, OperationContext context, ShipmentActionRequest input, CancellationToken cancellationToken)
    {
        return await client.ApplyShipmentActionAsync(input, cancellationToken).ConfigureAwait(false);
    }
}
