using IntegrationHub.Connectors.Sdk;
using IntegrationHub.Connectors.Tryton.Models;

namespace IntegrationHub.Connectors.Tryton.Operations;

[Operation("getAvailability", Description = "On hand and available to promise per item and warehouse.")]
internal sealed class GetAvailabilityOperation : TrytonOperation<AvailabilityInput, AvailabilityList>
{
    protected override async Task<AvailabilityList> ExecuteAsync(TrytonErpClient client, OperationContext context, AvailabilityInput input, CancellationToken cancellationToken)
    {
        return new AvailabilityList(await client.GetAvailabilityAsync(input.Items.ToList(), input.Warehouses?.ToList(), cancellationToken).ConfigureAwait(false));
    }
}
