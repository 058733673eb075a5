using IntegrationHub.Connectors.Edi.Model;
using IntegrationHub.X12.ControlNumbers;
using IntegrationHub.X12.Events;
using IntegrationHub.X12.Model;
using IntegrationHub.X12.Partners;
using IntegrationHub.X12.Writing;

namespace IntegrationHub.Connectors.Edi.Internal;

/// <summary>Runs the X12 inbound processor on one document and turns its result into the connector's model.</summary>
internal static class X12Inbound
{
    public static async Task<(List<EdiTransactionSet> Items, X12InboundResult Result)> ProcessAsync(
        byte[] content, X12PartnerProfile? partner, IControlNumberStore numbers, TimeProvider time, string? fileName, CancellationToken cancellationToken)
    {
        var processor = new X12InboundProcessor(new X12InterchangeGenerator(numbers, time));
        var items = new List<EdiTransactionSet>();
        using var stream = new MemoryStream(content, writable: false);
        var result = await processor.ProcessAsync(stream, _ => partner, (e, _) =>
        {
            items.Add(ToItem(e, fileName));
            return ValueTask.CompletedTask;
        }, cancellationToken).ConfigureAwait(false);
        return (items, result);
    }

    public static EdiTransactionSet ToItem(X12TransactionSetEvent e, string? fileName) => new()
    {
        Type = e.Type,
        CorrelationKey = e.CorrelationKey,
        EventId = e.EventId,
        SetId = e.Type == "edi.ta1" ? "TA1" : e.Type["edi.".Length..],
        ControlNumber = e.ControlNumber,
        GroupControlNumber = e.GroupControlNumber,
        InterchangeControlNumber = e.InterchangeControlNumber,
        SenderId = e.SenderId,
        ReceiverId = e.ReceiverId,
        IsTest = e.IsTest,
        FileName = fileName,
        Payload = e.Payload,
    };

    /// <summary>Names what was rejected, with the X12 positions: whole interchanges (TA1), groups, sets.</summary>
    public static List<string> Problems(X12InboundResult result)
    {
        var problems = new List<string>();
        foreach (var outcome in result.Outcomes)
        {
            var interchange = outcome.Interchange.ControlNumber.Trim();
            if (outcome.IsRejected)
            {
                var ack = outcome.Acknowledgment;
                problems.Add($"interchange {interchange} rejected (TA1 {ack.StatusCode} {ack.NoteCode}: {ack.NoteDescription}): {Join(ack.Issues)}");
                continue;
            }

            foreach (var group in outcome.Interchange.Groups)
            {
                if (group.Issues.Any(IsError))
                {
                    problems.Add($"interchange {interchange} group {group.ControlNumber} ({group.FunctionalId}) rejected: {Join(group.Issues)}");
                }

                foreach (var set in group.SetSummaries.Where(s => s.IsRejected))
                {
                    problems.Add($"interchange {interchange} group {group.ControlNumber} transaction set {set.Id} {set.ControlNumber} rejected: {Join(set.Issues)}");
                }
            }
        }

        return problems;
    }

    public static EdiSentAcknowledgment ToSent(PendingAcknowledgment ack, string? forFile) => new()
    {
        Type = ack.Type,
        FileName = ack.FileName,
        InterchangeControlNumber = ack.InterchangeControlNumber,
        AcknowledgedControlNumber = ack.AcknowledgedControlNumber,
        ForFile = forFile,
        Content = ack.Content,
    };

    public static PendingAcknowledgment ToPending(X12OutboundAcknowledgment ack, X12PartnerProfile partner) => new()
    {
        Type = ack.Type,
        FileName = $"{ack.Type}-{partner.Id}-{ack.ControlNumber.Trim()}.edi",
        InterchangeControlNumber = ack.ControlNumber.Trim(),
        AcknowledgedControlNumber = ack.AcknowledgedControlNumber,
        Content = ack.Text,
    };

    private static bool IsError(X12Issue issue) => issue.Severity == X12IssueSeverity.Error;

    // The first few errors are enough to act on; the full list is in `hub edi parse`.
    private static string Join(IEnumerable<X12Issue> issues)
    {
        var errors = issues.Where(IsError).ToList();
        var text = string.Join("; ", errors.Take(5).Select(i => i.ToString()));
        return errors.Count > 5 ? $"{text}; and {errors.Count - 5} more" : text;
    }
}
