using IntegrationHub.Connectors.Edi.Internal;
using IntegrationHub.Connectors.Edi.Model;
using IntegrationHub.Connectors.Sdk;

namespace IntegrationHub.Connectors.Edi.Operations;

/// <summary>Polls the partner's inbound folder once; see <see cref="InboundReceiver"/>.</summary>
[Operation("receiveInterchanges", Description = "Polls the partner's inbound folder: parses each file, gives one item per accepted transaction set (type edi.<set>, correlation key), uploads the 997/999 (and TA1) acknowledgments, moves files to the archive or, with a reason, to the error folder. A repeated call with the same idempotency key returns the same items; a file with the same name and content is never processed twice.", Idempotent = true)]
internal sealed class ReceiveInterchangesOperation : ConnectorOperation<EdiSettings, ReceiveInterchangesInput, ReceiveInterchangesOutput>
{
    public override Task<ReceiveInterchangesOutput> ExecuteAsync(OperationContext context, EdiSettings settings, ReceiveInterchangesInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(input);
        return new InboundReceiver(context, settings, cancellationToken).ReceiveAsync(input);
    }
}
