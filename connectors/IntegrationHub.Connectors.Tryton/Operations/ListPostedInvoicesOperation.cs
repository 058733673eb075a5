using IntegrationHub.Connectors.Sdk;
using IntegrationHub.Connectors.Tryton.Models;

namespace IntegrationHub.Connectors.Tryton.Operations;

[Operation("listPostedInvoices", Description = "Customer invoices posted since a moment.")]
internal sealed class ListPostedInvoicesOperation : TrytonOperation<ListPostedInvoicesInput, InvoiceList>
{
    protected override async Task<InvoiceList> ExecuteAsync(TrytonErpClient client, OperationContext context, ListPostedInvoicesInput input, CancellationToken cancellationToken)
    {
        return new InvoiceList(await client.ListPostedInvoicesAsync(input.Since, input.Limit, cancellationToken).ConfigureAwait(false));
    }
}
