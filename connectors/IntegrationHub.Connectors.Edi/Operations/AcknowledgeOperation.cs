using System.Text;
using IntegrationHub.Connectors.Edi.Internal;
using IntegrationHub.Connectors.Edi.Model;
using IntegrationHub.Connectors.Sdk;
using IntegrationHub.X12;
using IntegrationHub.X12.ControlNumbers;

namespace IntegrationHub.Connectors.Edi.Operations;

/// <summary>Builds the acknowledgments the connection would send for X12 text. Pure: nothing is uploaded and the partner's control numbers are untouched.</summary>
[Operation("acknowledge", Description = "Builds the acknowledgments this connection would send for X12 text (no transport, no state): a TA1 for interchange-level errors (or when asked for), and the 997/999 per functional group, with the partner profile applied. Control numbers are numbered from 1 (a preview).", Idempotent = true)]
internal sealed class AcknowledgeOperation : ConnectorOperation<EdiSettings, ParseInput, AcknowledgeOutput>
{
    public override async Task<AcknowledgeOutput> ExecuteAsync(OperationContext context, EdiSettings settings, ParseInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(input);
        var partner = settings.Partner.ToProfile();
        try
        {
            var (_, result) = await X12Inbound.ProcessAsync(Encoding.UTF8.GetBytes(input.Content), partner, new InMemoryControlNumberStore(), context.TimeProvider, null, cancellationToken).ConfigureAwait(false);
            if (result.Interchanges.Count == 0)
            {
                throw new ConnectorException(ErrorCategory.DataQuality, "The content holds no X12 interchange (it is empty or only whitespace).", "x12_empty");
            }

            return new AcknowledgeOutput
            {
                Acknowledgments = [.. result.Outbound.Select(a => X12Inbound.ToSent(X12Inbound.ToPending(a, partner), null))],
                Problems = X12Inbound.Problems(result),
            };
        }
        catch (X12ParseException ex)
        {
            throw new ConnectorException(ErrorCategory.DataQuality, $"Not readable as X12: {ex.Message}", "x12_syntax", ex);
        }
    }
}
