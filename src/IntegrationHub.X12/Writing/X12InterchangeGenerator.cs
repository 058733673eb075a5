using System.Globalization;
using System.Text;
using IntegrationHub.X12.Acknowledgments;
using IntegrationHub.X12.ControlNumbers;
using IntegrationHub.X12.Model;
using IntegrationHub.X12.Partners;

namespace IntegrationHub.X12.Writing;

/// <summary>
/// Wraps transaction sets into a new interchange for a partner: ISA/GS from the profile, fresh interchange and group
/// control numbers from the store (never reused), ST02 numbered 0001.. within the group, SE01/GE01/IEA01 counted.
/// </summary>
/// <param name="controlNumbers">Where control numbers come from.</param>
/// <param name="timeProvider">Clock for ISA09/ISA10 and GS04/GS05 (UTC).</param>
public sealed class X12InterchangeGenerator(IControlNumberStore controlNumbers, TimeProvider timeProvider)
{
    private readonly IControlNumberStore _controlNumbers = controlNumbers ?? throw new ArgumentNullException(nameof(controlNumbers));
    private readonly TimeProvider _time = timeProvider ?? throw new ArgumentNullException(nameof(timeProvider));

    /// <summary>Builds one interchange with one functional group holding <paramref name="sets"/>.</summary>
    /// <param name="partner">The receiving partner.</param>
    /// <param name="sets">The sets (all of one functional group: same GS01).</param>
    /// <param name="cancellationToken">Cancels control-number allocation.</param>
    /// <returns>The interchange (sets kept), ready for <see cref="X12Writer"/>.</returns>
    public async Task<X12Interchange> CreateAsync(X12PartnerProfile partner, IReadOnlyList<X12TransactionSet> sets, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(partner);
        ArgumentNullException.ThrowIfNull(sets);
        if (sets.Count == 0)
        {
            throw new ArgumentException("An interchange needs at least one transaction set.", nameof(sets));
        }

        partner.Validate();
        var functionalIds = sets.Select(s => X12FunctionalIds.For(s.Id)).Distinct().ToList();
        if (functionalIds.Count != 1)
        {
            throw new ArgumentException($"All sets of one functional group must share GS01; got {string.Join(", ", functionalIds)}.", nameof(sets));
        }

        var delimiters = DelimitersFor(partner);
        var isaNumber = await _controlNumbers.NextAsync(partner.Id, X12ControlNumberKind.Interchange, cancellationToken).ConfigureAwait(false);
        var groupNumber = await _controlNumbers.NextAsync(partner.Id, X12ControlNumberKind.Group, cancellationToken).ConfigureAwait(false);
        var now = _time.GetUtcNow();
        var isaControl = isaNumber.ToString("000000000", CultureInfo.InvariantCulture);
        var isa = Isa(partner, delimiters, now, isaControl, partner.RequestInterchangeAcknowledgment);
        var interchange = new X12Interchange(isa, delimiters);
        var groupControl = groupNumber.ToString(CultureInfo.InvariantCulture);
        var group = new X12FunctionalGroup(new X12Segment(
            "GS",
            functionalIds[0],
            partner.LocalApplicationCode ?? partner.LocalInterchangeId,
            partner.ApplicationCode ?? partner.InterchangeId,
            now.ToString("yyyyMMdd", CultureInfo.InvariantCulture),
            now.ToString("HHmm", CultureInfo.InvariantCulture),
            groupControl,
            "X",
            sets.All(s => s.Id == "999") ? "005010X231" : partner.Version));
        for (var i = 0; i < sets.Count; i++)
        {
            var source = sets[i];
            var number = (i + 1).ToString("0000", CultureInfo.InvariantCulture);
            var stElements = source.Header.Elements.ToArray();
            var header = new X12Segment("ST", [new X12Element(source.Id), new X12Element(number), .. stElements.Skip(2)]);
            var count = source.Body.DescendantSegments().Count() + 2;
            var set = new X12TransactionSet(header, source.Body, new X12Segment("SE", count.ToString(CultureInfo.InvariantCulture), number))
            {
                InterchangeHeader = isa,
                GroupHeader = group.Header,
                Delimiters = delimiters,
            };
            group.TransactionSets.Add(set);
            group.SetSummaries.Add(new X12TransactionSetSummary(set.Id, number, header.GetValue(3), []));
        }

        group.Trailer = new X12Segment("GE", sets.Count.ToString(CultureInfo.InvariantCulture), groupControl);
        interchange.Groups.Add(group);
        interchange.Trailer = new X12Segment("IEA", "1", isaControl);
        return interchange;
    }

    /// <summary>
    /// Builds an interchange that carries only TA1 interchange acknowledgments (no functional group, IEA01 = 0), with a fresh
    /// interchange control number from the partner's sequence. It never asks for a TA1 in return (ISA14 = 0).
    /// </summary>
    /// <param name="partner">The partner the acknowledgments go to.</param>
    /// <param name="acknowledgments">At least one TA1.</param>
    /// <param name="cancellationToken">Cancels control-number allocation.</param>
    /// <returns>The interchange, ready for <see cref="X12Writer"/>.</returns>
    public async Task<X12Interchange> CreateInterchangeAcknowledgmentAsync(X12PartnerProfile partner, IReadOnlyList<X12InterchangeAcknowledgment> acknowledgments, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(partner);
        ArgumentNullException.ThrowIfNull(acknowledgments);
        if (acknowledgments.Count == 0)
        {
            throw new ArgumentException("An acknowledgment interchange needs at least one TA1.", nameof(acknowledgments));
        }

        partner.Validate();
        var delimiters = DelimitersFor(partner);
        var isaNumber = await _controlNumbers.NextAsync(partner.Id, X12ControlNumberKind.Interchange, cancellationToken).ConfigureAwait(false);
        var isaControl = isaNumber.ToString("000000000", CultureInfo.InvariantCulture);
        var interchange = new X12Interchange(Isa(partner, delimiters, _time.GetUtcNow(), isaControl, requestAcknowledgment: false), delimiters);
        foreach (var ack in acknowledgments)
        {
            interchange.ServiceSegments.Add(ack.ToSegment());
        }

        interchange.Trailer = new X12Segment("IEA", "0", isaControl);
        return interchange;
    }

    /// <summary>Writes an interchange as bytes (UTF-8, no BOM) with the partner's segment suffix.</summary>
    /// <param name="interchange">The interchange.</param>
    /// <param name="segmentSuffix">Text after each terminator.</param>
    /// <returns>The bytes.</returns>
    public static byte[] ToBytes(X12Interchange interchange, string segmentSuffix = "\n") =>
        new UTF8Encoding(false).GetBytes(X12Writer.Format([interchange], segmentSuffix));

    private static X12Delimiters DelimitersFor(X12PartnerProfile partner) =>
        string.CompareOrdinal(partner.ControlVersion, "00402") < 0 && partner.Delimiters.Repetition is not null
            ? partner.Delimiters with { Repetition = null }
            : partner.Delimiters;

    private static X12Segment Isa(X12PartnerProfile partner, X12Delimiters delimiters, DateTimeOffset now, string isaControl, bool requestAcknowledgment) => new(
        "ISA",
        partner.Authorization.Qualifier,
        partner.Authorization.Value,
        partner.Security.Qualifier,
        partner.Security.Value,
        partner.LocalInterchangeQualifier,
        partner.LocalInterchangeId,
        partner.InterchangeQualifier,
        partner.InterchangeId,
        now.ToString("yyMMdd", CultureInfo.InvariantCulture),
        now.ToString("HHmm", CultureInfo.InvariantCulture),
        delimiters.Repetition?.ToString() ?? "U",
        partner.ControlVersion,
        isaControl,
        requestAcknowledgment ? "1" : "0",
        partner.Usage == X12UsageIndicator.Test ? "T" : "P",
        delimiters.Component.ToString());
}
