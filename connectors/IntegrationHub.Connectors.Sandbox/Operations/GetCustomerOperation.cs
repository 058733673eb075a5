using IntegrationHub.Connectors.Sandbox.Internal;
using IntegrationHub.Connectors.Sandbox.Model;
using IntegrationHub.Connectors.Sdk;

namespace IntegrationHub.Connectors.Sandbox.Operations;

/// <summary>Reads a customer.</summary>
[Operation("getCustomer", Description = "Reads a customer: name, currency, price list, credit limit and hold flag.", Idempotent = true)]
internal sealed class GetCustomerOperation : ConnectorOperation<SandboxSettings, CustomerRef, Customer>
{
    public override async Task<Customer> ExecuteAsync(OperationContext context, SandboxSettings settings, CustomerRef input, CancellationToken cancellationToken)
    {
        var store = new SandboxStore(context, cancellationToken);
        await store.EnsureSeededAsync().ConfigureAwait(false);
        return await store.GetAsync<Customer>("customer", input.Customer).ConfigureAwait(false);
    }
}
