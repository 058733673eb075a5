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
