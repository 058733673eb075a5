using IntegrationHub.X12.Acknowledgments;
using IntegrationHub.X12.Model;
using IntegrationHub.X12.Parsing;
using IntegrationHub.X12.Partners;
using IntegrationHub.X12.Writing;

namespace IntegrationHub.X12.Events;

/// <summary>
/// Receives an inbound file: streams it (bounded memory), hands one event per accepted transaction set to a
/// callback, and builds the acknowledgment interchange (997 or 999 per group) addressed back to the sender.
/// Envelope errors do not throw here: they reject the set or group in the acknowledgment. Input that is not
/// X12 at all (bad ISA, no terminator) throws <see cref="X12ParseException"/>.
/// </summary>
/// <param name="generator">Builds acknowledgment interchanges (control numbers per partner).</param>
public sealed class X12InboundProcessor(X12InterchangeGenerator generator)
{
    private readonly X12InterchangeGenerator _generator = generator ?? throw new ArgumentNullException(nameof(generator));

    /// <summary>Processes one inbound stream.</summary>
    /// <param name="input">The file.</param>
    /// <param name="partnerFor">Finds the sender's profile from the ISA (<see langword="null"/>: reply with the received ids and delimiters, 997/999 by version).</param>
    /// <param name="onEvent">Receives each accepted set's event, in order.</param>
    /// <param name="cancellationToken">Cancels processing.</param>
    /// <returns>What was read and the acknowledgments to send.</returns>
    public async Task<X12InboundResult> ProcessAsync(
        Stream input,
        Func<X12Interchange, X12PartnerProfile?> partnerFor,
        Func<X12TransactionSetEvent, CancellationToken, ValueTask> onEvent,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(partnerFor);
        ArgumentNullException.ThrowIfNull(onEvent);
        using var reader = new X12Reader(input, new X12ReaderOptions { ThrowOnEnvelopeErrors = false }, leaveOpen: true);
        var interchanges = new List<X12Interchange>();
        var acks = new List<string>();
        int events = 0, rejected = 0;
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            switch (reader.Kind)
            {
                case X12ReaderItemKind.InterchangeStart:
                    interchanges.Add(reader.Interchange!);
                    break;
                case X12ReaderItemKind.TransactionSet:
                    var set = reader.TransactionSet!;
                    if (set.GroupHeader is null || set.Issues.Any(i => i.Severity == X12IssueSeverity.Error))
                    {
                        rejected++;
                    }
                    else
                    {
                        await onEvent(X12EventSplitter.CreateEvent(set), cancellationToken).ConfigureAwait(false);
                        events++;
                    }

                    break;
                case X12ReaderItemKind.InterchangeEnd:
                    var interchange = reader.Interchange!;
                    if (interchange.Groups.Count > 0)
                    {
                        acks.Add(await AcknowledgeAsync(interchange, partnerFor(interchange), cancellationToken).ConfigureAwait(false));
                    }

                    break;
                default:
                    break;
            }
        }

        return new X12InboundResult { Interchanges = interchanges, Acknowledgments = acks, EventCount = events, RejectedSets = rejected };
    }

    /// <summary>Builds the acknowledgment interchange of a received interchange.</summary>
    /// <param name="interchange">The interchange as read (group summaries and issues).</param>
    /// <param name="partner">The sender's profile, or <see langword="null"/> to reply with the received ids.</param>
    /// <param name="cancellationToken">Cancels control-number allocation.</param>
    /// <returns>The X12 text.</returns>
    public async Task<string> AcknowledgeAsync(X12Interchange interchange, X12PartnerProfile? partner, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(interchange);
        var profile = partner ?? ReplyProfile(interchange);
        var parts = new List<string>();

        // One acknowledgment interchange per kind (997 and 999 carry different GS08); usually there is one.
        foreach (var byType in interchange.Groups.GroupBy(g => partner?.AcknowledgmentToSend is { } t && t != X12AcknowledgmentType.None ? t : X12AcknowledgmentBuilder.ForVersion(g.Version)))
        {
            var sets = byType.Select(g => X12AcknowledgmentBuilder.Build(g, byType.Key)).ToList();
            var version = byType.Key == X12AcknowledgmentType.Implementation999 ? "005010X231" : byType.First().Version;
            var ack = await _generator.CreateAsync(profile with { Version = version.Length >= 6 ? version : profile.Version }, sets, cancellationToken).ConfigureAwait(false);
            parts.Add(X12Writer.Format([ack], profile.SegmentSuffix));
        }

        return string.Concat(parts);
    }

    private static X12PartnerProfile ReplyProfile(X12Interchange i)
    {
        var gs = i.Groups.FirstOrDefault()?.Header;
        var version = i.Groups.FirstOrDefault()?.Version is { Length: >= 6 } v ? v : "004010";
        return new X12PartnerProfile
        {
            Id = $"{i.Header.GetValue(5).Trim()}-{i.SenderId}",
            InterchangeQualifier = i.Header.GetValue(5).Trim(),
            InterchangeId = i.SenderId,
            LocalInterchangeQualifier = i.Header.GetValue(7).Trim(),
            LocalInterchangeId = i.ReceiverId,
            ApplicationCode = gs?.GetValue(2),
            LocalApplicationCode = gs?.GetValue(3),
            Version = version,
            Delimiters = i.Delimiters,
            Usage = i.Header.GetValue(15) == "T" ? X12UsageIndicator.Test : X12UsageIndicator.Production,
        };
    }
}
