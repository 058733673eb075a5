using System.Globalization;
using System.Text.Json.Nodes;
using IntegrationHub.X12.Json;
using IntegrationHub.X12.Model;

namespace IntegrationHub.X12.Events;

/// <summary>Turns received transaction sets into <see cref="X12TransactionSetEvent"/>s.</summary>
public static class X12EventSplitter
{
    /// <summary>Creates the event of one set.</summary>
    /// <param name="set">A set read with its envelope.</param>
    /// <returns>The event.</returns>
    public static X12TransactionSetEvent CreateEvent(X12TransactionSet set)
    {
        ArgumentNullException.ThrowIfNull(set);
        var isa = set.InterchangeHeader ?? throw new ArgumentException("The set has no interchange header.", nameof(set));
        var gs = set.GroupHeader ?? throw new ArgumentException("The set has no group header.", nameof(set));
        var sender = isa.GetValue(6).Trim();
        return new X12TransactionSetEvent
        {
            EventId = $"x12/{sender}/{isa.GetValue(13).Trim()}/{gs.GetValue(6).Trim()}/{set.ControlNumber}",
            Type = "edi." + set.Id,
            CorrelationKey = CorrelationKey(set),
            SenderId = sender,
            ReceiverId = isa.GetValue(8).Trim(),
            InterchangeControlNumber = isa.GetValue(13).Trim(),
            GroupControlNumber = gs.GetValue(6).Trim(),
            ControlNumber = set.ControlNumber,
            IsTest = isa.GetValue(15) == "T",
            Payload = X12Json.ToJson(set),
        };
    }

    /// <summary>
    /// Creates the event of a received TA1 interchange acknowledgment: type <c>edi.ta1</c>, correlation key TA101 (the
    /// control number of the interchange it acknowledges, as ISA13 of ours), id <c>x12/{ISA06}/{ISA13}/TA1/{n}</c>, payload
    /// <c>{"envelope": {"ISA": …}, "TA1": {…}}</c>.
    /// </summary>
    /// <param name="interchange">The interchange the TA1 arrived in.</param>
    /// <param name="ta1">The TA1 segment.</param>
    /// <param name="index">1-based position of the TA1 among the interchange's TA1 segments.</param>
    /// <returns>The event.</returns>
    public static X12TransactionSetEvent CreateEvent(X12Interchange interchange, X12Segment ta1, int index)
    {
        ArgumentNullException.ThrowIfNull(interchange);
        ArgumentNullException.ThrowIfNull(ta1);
        if (ta1.Id != "TA1")
        {
            throw new ArgumentException($"Expected a TA1 segment but got {ta1.Id}.", nameof(ta1));
        }

        var isa = interchange.Header;
        var sender = isa.GetValue(6).Trim();
        var acknowledged = ta1.GetValue(1).Trim();
        return new X12TransactionSetEvent
        {
            EventId = string.Create(CultureInfo.InvariantCulture, $"x12/{sender}/{isa.GetValue(13).Trim()}/TA1/{index}"),
            Type = "edi.ta1",
            CorrelationKey = acknowledged.Length == 0 ? null : acknowledged,
            SenderId = sender,
            ReceiverId = isa.GetValue(8).Trim(),
            InterchangeControlNumber = isa.GetValue(13).Trim(),
            GroupControlNumber = string.Empty,
            ControlNumber = acknowledged,
            IsTest = isa.GetValue(15) == "T",
            Payload = new JsonObject
            {
                ["envelope"] = new JsonObject { ["ISA"] = X12Json.IsaToJson(isa) },
                ["TA1"] = X12Json.SegmentToJson(ta1),
            },
        };
    }

    /// <summary>Gets the correlation key: 850 BEG03, 855 BAK03, 856 first PRF01 or else BSN02, 810 BIG04, 997/999 AK102.</summary>
    /// <param name="set">The set.</param>
    /// <returns>The key, or <see langword="null"/> when the element is absent or the set has no key.</returns>
    public static string? CorrelationKey(X12TransactionSet set)
    {
        ArgumentNullException.ThrowIfNull(set);
        var key = set.Id switch
        {
            "850" => First(set, "BEG", 3),
            "855" => First(set, "BAK", 3),
            "856" => First(set, "PRF", 1) is { Length: > 0 } prf ? prf : First(set, "BSN", 2),
            "810" => First(set, "BIG", 4),
            "997" or "999" => First(set, "AK1", 2),
            _ => null,
        };
        return string.IsNullOrEmpty(key) ? null : key;
    }

    private static string? First(X12TransactionSet set, string segmentId, int element) =>
        set.Body.DescendantSegments().FirstOrDefault(s => s.Id == segmentId)?.GetValue(element);
}
