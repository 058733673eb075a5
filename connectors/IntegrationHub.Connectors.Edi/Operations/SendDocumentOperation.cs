using IntegrationHub.Connectors.Edi.Internal;
using IntegrationHub.Connectors.Edi.Model;
using IntegrationHub.Connectors.Sdk;

namespace IntegrationHub.Connectors.Edi.Operations;

/// <summary>Sends one 850 / 855 / 856 / 810 to the partner; see <see cref="OutboundSender"/>.</summary>
[Operation("sendDocument", Description = "Wraps an 850, 855, 856 or 810 (X12 JSON form) in an interchange with the partner's next control numbers and uploads it (temporary name, then rename). A repeated call with the same idempotency key returns the same interchange and control numbers and never uploads twice.", Idempotent = true)]
internal sealed class SendDocumentOperation : ConnectorOperation<EdiSettings, SendDocumentInput, SendDocumentOutput>
{
    public override Task<SendDocumentOutput> ExecuteAsync(OperationContext context, EdiSettings settings, SendDocumentInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(input);
        return new OutboundSender(context, settings, cancellationToken).SendAsync(input);
    }
}
