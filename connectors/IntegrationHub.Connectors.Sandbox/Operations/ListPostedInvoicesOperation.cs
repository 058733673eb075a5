using IntegrationHub.Connectors.Sandbox.Internal;
using IntegrationHub.Connectors.Sandbox.Model;
using IntegrationHub.Connectors.Sdk;

namespace IntegrationHub.Connectors.Sandbox.Operations;

/// <summary>Lists invoices posted after a moment.</summary>
[Operation("listPostedInvoices", Description = "Lists customer invoices posted after 'since', oldest first.", Idempotent = true)]
internal sealed class ListPostedInvoicesOperation : ConnectorOperation<SandboxSettings, SinceInput, InvoiceList>
{
    public override async Task<InvoiceList> ExecuteAsync(OperationContext context, SandboxSettings settings, SinceInput input, CancellationToken cancellationToken)
    {
        var store = new SandboxStore(context, cancellationToken);
        await store.EnsureSeededAsync().ConfigureAwait(false);
        var invoices = (await store.ListAsync<Invoice>("invoice").ConfigureAwait(false))
            .Where(i => input.Since is null || i.PostedAt > input.Since)
            .OrderBy(i => i.PostedAt)
            .ThenBy(i => i.Number, StringComparer.Ordinal)
            .ToList();
        return new InvoiceList(invoices);
    }
}
