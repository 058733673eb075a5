using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using IntegrationHub.Connectors.Sdk;

namespace IntegrationHub.Connectors.Sandbox.Internal;

/// <summary>Typed access to the Sandbox's records in the connector state store, seeding it on first use.</summary>
internal sealed class SandboxStore(OperationContext context, CancellationToken cancellationToken)
{
    private const int MaxConflictRetries = 20;

    public OperationContext Context => context;

    public DateTimeOffset Now => context.TimeProvider.GetUtcNow();

    public static string Key(string entity, string id) => $"{entity}/{id}";

    public async Task EnsureSeededAsync()
    {
        if (await context.State.GetAsync(SeedData.MarkerKey, cancellationToken).ConfigureAwait(false) is not null)
        {
            return;
        }

        // Every seed record is created only if absent, so concurrent first calls (or a crash half-way) are harmless.
        foreach (var (key, value) in SeedData.Records())
        {
            await context.State.TryCreateAsync(key, value, cancellationToken).ConfigureAwait(false);
        }

        await context.State.TryCreateAsync(SeedData.MarkerKey, new JsonObject { ["version"] = SeedData.Version }, cancellationToken).ConfigureAwait(false);
    }

    public async Task<T?> FindAsync<T>(string entity, string id)
        where T : class
    {
        var entry = await context.State.GetAsync(Key(entity, id), cancellationToken).ConfigureAwait(false);
        return entry?.Value.Deserialize<T>(ConnectorJson.SerializerOptions);
    }

    public async Task<T> GetAsync<T>(string entity, string id, ErrorCategory category = ErrorCategory.Business)
        where T : class =>
        await FindAsync<T>(entity, id).ConfigureAwait(false)
            ?? throw new ConnectorException(category, $"{Describe(entity)} '{id}' does not exist.", $"unknown_{entity}");

    public async Task<IReadOnlyList<T>> ListAsync<T>(string entity)
    {
        var entries = await context.State.ListAsync(entity + "/", cancellationToken).ConfigureAwait(false);
        return [.. entries.Select(e => e.Value.Deserialize<T>(ConnectorJson.SerializerOptions)!)];
    }

    public async Task<IReadOnlyList<StateEntry>> ListEntriesAsync(string entity) =>
        await context.State.ListAsync(entity + "/", cancellationToken).ConfigureAwait(false);

    public async Task<(bool Created, T Value)> CreateAsync<T>(string entity, string id, T value)
    {
        var result = await context.State.TryCreateAsync(Key(entity, id), Serialize(value), cancellationToken).ConfigureAwait(false);
        return result.Created
            ? (true, value)
            : (false, result.Entry.Value.Deserialize<T>(ConnectorJson.SerializerOptions)!);
    }

    /// <summary>Applies a change with optimistic concurrency, re-reading and re-applying on conflict.</summary>
    public async Task<T> UpdateAsync<T>(string entity, string id, Func<T, T> change, ErrorCategory missingCategory = ErrorCategory.Business)
        where T : class
    {
        var key = Key(entity, id);
        for (var attempt = 0; attempt < MaxConflictRetries; attempt++)
        {
            var entry = await context.State.GetAsync(key, cancellationToken).ConfigureAwait(false)
                ?? throw new ConnectorException(missingCategory, $"{Describe(entity)} '{id}' does not exist.", $"unknown_{entity}");
            var updated = change(entry.Value.Deserialize<T>(ConnectorJson.SerializerOptions)!);
            if (await context.State.TryUpdateAsync(key, Serialize(updated), entry.Version, cancellationToken).ConfigureAwait(false) is not null)
            {
                return updated;
            }
        }

        throw new ConnectorException(ErrorCategory.Transient, $"{Describe(entity)} '{id}' is being changed concurrently; try again.", "concurrency_conflict");
    }

    public async Task<string> NextNumberAsync(string counter, string prefix)
    {
        var key = Key("counter", counter);
        for (var attempt = 0; attempt < MaxConflictRetries; attempt++)
        {
            var created = await context.State.TryCreateAsync(key, JsonValue.Create(1L), cancellationToken).ConfigureAwait(false);
            if (created.Created)
            {
                return Format(prefix, 1);
            }

            var next = created.Entry.Value.GetValue<long>() + 1;
            if (await context.State.TryUpdateAsync(key, JsonValue.Create(next), created.Entry.Version, cancellationToken).ConfigureAwait(false) is not null)
            {
                return Format(prefix, next);
            }
        }

        throw new ConnectorException(ErrorCategory.Transient, $"Numbering '{counter}' is contended; try again.", "concurrency_conflict");
    }

    public async Task<string?> FindIdempotentAsync(string operation, string idempotencyKey)
    {
        var entry = await context.State.GetAsync(Key("idem", $"{operation}/{idempotencyKey}"), cancellationToken).ConfigureAwait(false);
        return entry?.Value.GetValue<string>();
    }

    /// <summary>Claims an idempotency key for a new record number; returns the number that owns the key (ours or an earlier caller's).</summary>
    public async Task<string> ClaimIdempotentAsync(string operation, string idempotencyKey, string number)
    {
        var result = await context.State.TryCreateAsync(Key("idem", $"{operation}/{idempotencyKey}"), JsonValue.Create(number), cancellationToken).ConfigureAwait(false);
        return result.Entry.Value.GetValue<string>();
    }

    public static JsonNode Serialize<T>(T value) => JsonSerializer.SerializeToNode(value, ConnectorJson.SerializerOptions)!;

    private static string Format(string prefix, long number) => string.Create(CultureInfo.InvariantCulture, $"{prefix}{number:D6}");

    private static string Describe(string entity) => entity switch
    {
        "so" => "Sales order",
        "po" => "Purchase order",
        "shipment" => "Shipment",
        "customer" => "Customer",
        "item" => "Item",
        "invoice" => "Invoice",
        "pricelist" => "Price list",
        "warehouse" => "Warehouse",
        "stock" => "Stock record",
        _ => entity,
    };
}
