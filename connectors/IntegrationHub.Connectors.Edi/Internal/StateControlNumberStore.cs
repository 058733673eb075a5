using System.Text.Json.Nodes;
using IntegrationHub.Connectors.Sdk;
using IntegrationHub.X12.ControlNumbers;

namespace IntegrationHub.Connectors.Edi.Internal;

/// <summary>
/// Control numbers in the hub's database through <see cref="IConnectorStateStore"/> (scoped to the connection), one entry
/// per partner and sequence (<c>ctl/{partner}/interchange</c>, <c>ctl/{partner}/group</c>) holding the last number handed
/// out. Allocation is compare-and-set on the entry's version, so concurrent callers on any node never get the same
/// number, and a number is persisted before it is returned (never reused, also after a crash; gaps are possible).
/// </summary>
/// <param name="state">The connection's state store.</param>
/// <param name="start">The first number of a sequence that has none yet.</param>
internal sealed class StateControlNumberStore(IConnectorStateStore state, long start = 1) : IControlNumberStore
{
    private const int MaxAttempts = 100;

    public static string Key(string partnerId, X12ControlNumberKind kind) => $"ctl/{partnerId}/{kind.ToString().ToLowerInvariant()}";

    public async ValueTask<long> NextAsync(string partnerId, X12ControlNumberKind kind, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(partnerId);
        var key = Key(partnerId, kind);
        for (var attempt = 0; attempt < MaxAttempts; attempt++)
        {
            var entry = await state.GetAsync(key, cancellationToken).ConfigureAwait(false);
            if (entry is null)
            {
                var created = await state.TryCreateAsync(key, Value(start), cancellationToken).ConfigureAwait(false);
                if (created.Created)
                {
                    return start;
                }

                entry = created.Entry;
            }

            var next = X12ControlNumbers.Next(Last(entry, key), partnerId, kind);
            if (await state.TryUpdateAsync(key, Value(next), entry.Version, cancellationToken).ConfigureAwait(false) is not null)
            {
                return next;
            }

            // Lost the race: another caller took a number. Back off a little (jittered) so contenders spread out.
            await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(1, 2 + Math.Min(attempt, 20) * 5)), cancellationToken).ConfigureAwait(false);
        }

        throw new ConnectorException(ErrorCategory.Transient, $"The {kind.ToString().ToLowerInvariant()} control numbers of partner '{partnerId}' are contended; try again.", "control_number_contention");
    }

    private static JsonObject Value(long last) => new() { ["last"] = last };

    private static long Last(StateEntry entry, string key) =>
        entry.Value is JsonObject o && o["last"] is JsonValue v && v.TryGetValue<long>(out var last) && last >= 0
            ? last
            : throw new ConnectorException(ErrorCategory.Platform, $"Control-number state '{key}' holds {entry.Value.ToJsonString()}, not {{\"last\": n}}; fix it (numbers must never be reused).", "control_number_state_invalid");
}
