using IntegrationHub.Connectors.Sdk;
using IntegrationHub.Connectors.Tryton.Models;

namespace IntegrationHub.Connectors.Tryton.Operations;

[Operation("listChanges", Description = "Records of an entity created or changed since a moment, for polling triggers.")]
internal sealed class ListChangesOperation : TrytonOperation<ListChangesInput, ChangeSet>
{
    protected override async Task<ChangeSet> ExecuteAsync(TrytonErpClient client, OperationContext context, ListChangesInput input, CancellationToken cancellationToken)
    {
        return await client.ListChangesAsync(input.Entity, input.Since, input.Limit, cancellationToken).ConfigureAwait(false);
    }
}
