using System.Text;
using IntegrationHub.Connectors.Edi.Internal;
using IntegrationHub.Connectors.Edi.Model;
using IntegrationHub.Connectors.Sdk;
using IntegrationHub.X12;
using IntegrationHub.X12.ControlNumbers;
using IntegrationHub.X12.Json;
using IntegrationHub.X12.Parsing;

namespace IntegrationHub.Connectors.Edi.Operations;

/// <summary>Reads X12 text: the interchange JSON form, one item per accepted set, and what was rejected. Pure: no transport, no state.</summary>
[Operation("parse", Description = "Reads X12 text (no transport, no state): the interchanges in the JSON form, one item per accepted transaction set as receiveInterchanges gives them, and what was rejected with X12 positions. Envelope checks only: the partner profile is not applied.", Idempotent = true)]
internal sealed class ParseOperation : ConnectorOperation<EdiSettings, ParseInput, ParseOutput>
{
    public override async Task<ParseOutput> ExecuteAsync(OperationContext context, EdiSettings settings, ParseInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(input);
        var bytes = Encoding.UTF8.GetBytes(input.Content);
        try
        {
            var interchanges = X12Parser.Parse(bytes, new X12ReaderOptions { ThrowOnEnvelopeErrors = false });
            if (interchanges.Count == 0)
            {
                throw new ConnectorException(ErrorCategory.DataQuality, "The content holds no X12 interchange (it is empty or only whitespace).", "x12_empty");
            }

            // Acknowledgments are computed (and discarded) with throwaway numbers: parse never touches the partner's sequences.
            var (items, result) = await X12Inbound.ProcessAsync(bytes, null, new InMemoryControlNumberStore(), context.TimeProvider, null, cancellationToken).ConfigureAwait(false);
            var problems = X12Inbound.Problems(result);
            return new ParseOutput { Interchanges = X12Json.ToJson(interchanges), Items = items, Problems = problems, Valid = problems.Count == 0 };
        }
        catch (X12ParseException ex)
        {
            throw new ConnectorException(ErrorCategory.DataQuality, $"Not readable as X12: {ex.Message}", "x12_syntax", ex);
        }
    }
}
