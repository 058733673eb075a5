using IntegrationHub.X12.Acknowledgments;
using IntegrationHub.X12.Model;
using IntegrationHub.X12.Parsing;
using IntegrationHub.X12.Partners;
using IntegrationHub.X12.Writing;

namespace IntegrationHub.X12.Events;

/// <summary>
/// Receives an inbound file: streams it, decides per interchange and group what is accepted, hands one event per accepted
/// transaction set (and per received TA1) to a callback, and builds the acknowledgments addressed back to the sender:
/// a TA1 when the sender asked for one (ISA14 = 1) or the interchange has interchange-level errors, and a 997 or 999 per
/// functional group of every interchange that is not rejected.
/// </summary>
/// <remarks>
/// Rules: an interchange with an interchange-level error (IEA mismatch, premature end, a sender, receiver or test indicator
/// that does not match the partner profile) is rejected as a whole with a TA1 (R and its note code): no event, no 997/999.
/// Otherwise a set is accepted when it has no error and its group has no group-level error; accepted sets become events,
/// in order, once their interchange has been read to its end (events are buffered per interchange; the reader itself keeps
/// at most one set in memory). Envelope errors never throw here; input that is not X12 at all (bad ISA, no terminator)
/// throws <see cref="X12ParseException"/>.
/// </remarks>
/// <param name="generator">Builds acknowledgment interchanges (control numbers per partner).</param>
public sealed class X12InboundProcessor(X12InterchangeGenerator generator)
{
    private readonly X12InterchangeGenerator _generator = generator ?? throw new ArgumentNullException(nameof(generator));

    /// <summary>Processes one inbound stream.</summary>
    /// <param name="input">The file.</param>
    /// <param name="partnerFor">Finds the sender's profile from the ISA (<see langword="null"/>: reply with the received ids and delimiters, 997/999 by version, no profile checks).</param>
    /// <param name="onEvent">Receives each accepted set's event, in order.</param>
    /// <param name="cancellationToken">Cancels processing.</param>
    /// <returns>What was read, decided, and the acknowledgments to send.</returns>
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
        var outcomes = new List<X12InterchangeOutcome>();
        var outbound = new List<X12OutboundAcknowledgment>();
        var pending = new List<(X12TransactionSetEvent Event, X12FunctionalGroup? Group)>();
        X12PartnerProfile? partner = null;
        int events = 0, rejected = 0, badSets = 0, ta1Count = 0;
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            switch (reader.Kind)
            {
                case X12ReaderItemKind.InterchangeStart:
                    interchanges.Add(reader.Interchange!);
                    partner = partnerFor(reader.Interchange!);
                    pending.Clear();
                    badSets = 0;
                    ta1Count = 0;
                    break;
                case X12ReaderItemKind.ServiceSegment when reader.Segment!.Id == "TA1":
                    pending.Add((X12EventSplitter.CreateEvent(reader.Interchange!, reader.Segment, ++ta1Count), null));
                    break;
                case X12ReaderItemKind.TransactionSet:
                    var set = reader.TransactionSet!;
                    if (set.GroupHeader is null || set.Issues.Any(i => i.Severity == X12IssueSeverity.Error))
                    {
                        badSets++;
                    }
                    else
                    {
                        pending.Add((X12EventSplitter.CreateEvent(set), reader.Group));
                    }

                    break;
                case X12ReaderItemKind.InterchangeEnd:
                    var interchange = reader.Interchange!;
                    var verdict = X12InterchangeAcknowledgmentBuilder.Build(interchange, partner?.CheckInbound(interchange));
                    var sendTa1 = X12InterchangeAcknowledgmentBuilder.ShouldSend(interchange, verdict);
                    var profile = partner ?? ReplyProfile(interchange);
                    if (sendTa1)
                    {
                        var ta1 = await _generator.CreateInterchangeAcknowledgmentAsync(profile, [verdict], cancellationToken).ConfigureAwait(false);
                        outbound.Add(new X12OutboundAcknowledgment { Type = "TA1", AcknowledgedControlNumber = verdict.ControlNumber, Interchange = ta1, Text = X12Writer.Format([ta1], profile.SegmentSuffix) });
                    }

                    var emitted = 0;
                    var dropped = badSets;
                    if (verdict.Status == X12InterchangeAcknowledgmentStatus.Rejected)
                    {
                        dropped += pending.Count(p => p.Group is not null);
                    }
                    else
                    {
                        foreach (var (e, group) in pending)
                        {
                            if (group is not null && group.Issues.Any(i => i.Severity == X12IssueSeverity.Error))
                            {
                                dropped++;
                                continue;
                            }

                            await onEvent(e, cancellationToken).ConfigureAwait(false);
                            emitted++;
                        }

                        outbound.AddRange(await AcknowledgeGroupsAsync(interchange, partner, cancellationToken).ConfigureAwait(false));
                    }

                    events += emitted;
                    rejected += dropped;
                    outcomes.Add(new X12InterchangeOutcome { Interchange = interchange, Acknowledgment = verdict, AcknowledgmentSent = sendTa1, EventCount = emitted, RejectedSets = dropped });
                    pending.Clear();
                    break;
                default:
                    break;
            }
        }

        return new X12InboundResult
        {
            Interchanges = interchanges,
            Outcomes = outcomes,
            Outbound = outbound,
            Acknowledgments = [.. outbound.Where(o => o.Type != "TA1").Select(o => o.Text)],
            InterchangeAcknowledgments = [.. outbound.Where(o => o.Type == "TA1").Select(o => o.Text)],
            EventCount = events,
            RejectedSets = rejected,
        };
    }

    /// <summary>Builds the functional acknowledgment interchange(s) of a received interchange.</summary>
    /// <param name="interchange">The interchange as read (group summaries and issues).</param>
    /// <param name="partner">The sender's profile, or <see langword="null"/> to reply with the received ids.</param>
    /// <param name="cancellationToken">Cancels control-number allocation.</param>
    /// <returns>The X12 text (empty when the interchange has no group or the profile sends no acknowledgment).</returns>
    public async Task<string> AcknowledgeAsync(X12Interchange interchange, X12PartnerProfile? partner, CancellationToken cancellationToken = default) =>
        string.Concat((await AcknowledgeGroupsAsync(interchange, partner, cancellationToken).ConfigureAwait(false)).Select(a => a.Text));

    private async Task<List<X12OutboundAcknowledgment>> AcknowledgeGroupsAsync(X12Interchange interchange, X12PartnerProfile? partner, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(interchange);
        var result = new List<X12OutboundAcknowledgment>();
        var wanted = partner?.AcknowledgmentToSend ?? X12AcknowledgmentType.ByVersion;
        if (wanted == X12AcknowledgmentType.None || interchange.Groups.Count == 0)
        {
            return result;
        }

        var profile = partner ?? ReplyProfile(interchange);

        // One acknowledgment interchange per kind (997 and 999 carry different GS08); usually there is one.
        foreach (var byType in interchange.Groups.GroupBy(g => wanted == X12AcknowledgmentType.ByVersion ? X12AcknowledgmentBuilder.ForVersion(g.Version) : wanted))
        {
            var sets = byType.Select(g => X12AcknowledgmentBuilder.Build(g, byType.Key)).ToList();
            var version = byType.Key == X12AcknowledgmentType.Implementation999 ? "005010X231" : byType.First().Version;
            var ack = await _generator.CreateAsync(profile with { Version = version.Length >= 6 ? version : profile.Version }, sets, cancellationToken).ConfigureAwait(false);
            result.Add(new X12OutboundAcknowledgment
            {
                Type = byType.Key == X12AcknowledgmentType.Implementation999 ? "999" : "997",
                AcknowledgedControlNumber = interchange.ControlNumber.Trim(),
                Interchange = ack,
                Text = X12Writer.Format([ack], profile.SegmentSuffix),
            });
        }

        return result;
    }

    private static X12PartnerProfile ReplyProfile(X12Interchange i)
    {
        var gs = i.Groups.FirstOrDefault()?.Header;
        // Without a group (a TA1-only interchange) the reply keeps the received ISA12: 00501 -> 005010.
        var isa12 = i.Version.Trim();
        var version = i.Groups.FirstOrDefault()?.Version is { Length: >= 6 } v ? v
            : isa12.Length == 5 && !isa12.AsSpan().ContainsAnyExceptInRange('0', '9') ? isa12 + "0"
            : "004010";
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
