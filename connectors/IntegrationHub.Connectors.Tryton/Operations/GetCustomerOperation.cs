using IntegrationHub.Connectors.Sdk;
using IntegrationHub.Connectors.Tryton.Models;

namespace IntegrationHub.Connectors.Tryton.Operations;

[Operation("getCustomer", Description = "Reads a customer: price list, credit limit, payment term, addresses.")]
internal sealed class GetCustomerOperation : TrytonOperation<CustomerInput, Customer>
{
    protected override async Task<Customer> ExecuteAsync(TrytonErpClient client, OperationContext context, CustomerInput input, CancellationToken cancellationToken)
    {
        return await client.GetCustomerAsync(input.Customer, cancellationToken).ConfigureAwait(false);
    }
}
