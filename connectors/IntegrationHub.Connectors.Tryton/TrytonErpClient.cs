using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using IntegrationHub.Connectors.Sdk;
using IntegrationHub.Connectors.Tryton.Rpc;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace IntegrationHub.Connectors.Tryton;

/// <summary>
/// Typed ERP and warehouse operations on one Tryton 6.0 database over JSON-RPC. Thread-safe: one
/// instance shares its session between concurrent calls. Sales and purchases created here need the
/// <c>integrationhub</c> companion module (<c>TrytonModule/</c>) for their idempotency keys.
/// </summary>
public sealed partial class TrytonErpClient : IDisposable
{
    private readonly TrytonRpcClient _rpc;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger _logger;
    private readonly ConcurrentDictionary<string, long> _ids = new(StringComparer.Ordinal);

    /// <summary>Creates a client; it logs in on the first call.</summary>
    /// <param name="httpClient">The HTTP client (owned by the caller).</param>
    /// <param name="options">Where and as whom to connect.</param>
    /// <param name="timeProvider">The clock (when a purchase was sent).</param>
    /// <param name="logger">The logger.</param>
    public TrytonErpClient(HttpClient httpClient, TrytonConnectionOptions options, TimeProvider? timeProvider = null, ILogger? logger = null)
    {
        ArgumentNullException.ThrowIfNull(httpClient);
        ArgumentNullException.ThrowIfNull(options);
        _timeProvider = timeProvider ?? TimeProvider.System;
        _logger = logger ?? NullLogger.Instance;
        _rpc = new TrytonRpcClient(httpClient, options, _logger);
    }

    /// <summary>Ends the session on the server; the next call logs in again.</summary>
    public Task LogoutAsync(CancellationToken cancellationToken = default) => _rpc.LogoutAsync(cancellationToken);

    /// <inheritdoc />
    public void Dispose() => _rpc.Dispose();

    /// <summary>Calls <c>model.{model}.{method}</c> with the arguments and the session context (extended by <paramref name="extraContext"/>).</summary>
    internal async Task<JsonNode?> ExecuteAsync(string model, string method, JsonArray arguments, JsonObject? extraContext, CancellationToken cancellationToken)
    {
        var context = await _rpc.GetContextAsync(cancellationToken).ConfigureAwait(false);
        if (extraContext is not null)
        {
            foreach (var (key, value) in extraContext)
            {
                context[key] = value?.DeepClone();
            }
        }

        var parameters = (JsonArray)arguments.DeepClone();
        parameters.Add(context);
        return await _rpc.CallAsync($"model.{model}.{method}", parameters, cancellationToken).ConfigureAwait(false);
    }

    internal async Task<IReadOnlyList<JsonObject>> SearchReadAsync(
        string model, JsonArray domain, string[] fields, CancellationToken cancellationToken,
        int offset = 0, int? limit = null, string? order = null, JsonObject? extraContext = null)
    {
        var fieldArray = new JsonArray();
        foreach (var field in fields)
        {
            fieldArray.Add(field);
        }

        JsonNode? orderNode = order is null ? null : new JsonArray(new JsonArray(order.Split(' ')[0], order.Contains(" desc", StringComparison.Ordinal) ? "DESC" : "ASC"));
        var result = await ExecuteAsync(model, "search_read",
            new JsonArray(domain.DeepClone(), offset, limit, orderNode, fieldArray), extraContext, cancellationToken).ConfigureAwait(false);
        return result is JsonArray rows ? rows.OfType<JsonObject>().ToList() : [];
    }

    internal async Task<IReadOnlyList<JsonObject>> ReadAsync(string model, IEnumerable<long> ids, string[] fields, CancellationToken cancellationToken, JsonObject? extraContext = null)
    {
        var fieldArray = new JsonArray();
        foreach (var field in fields)
        {
            fieldArray.Add(field);
        }

        var result = await ExecuteAsync(model, "read", new JsonArray(TrytonValues.Ids(ids), fieldArray), extraContext, cancellationToken).ConfigureAwait(false);
        return result is JsonArray rows ? rows.OfType<JsonObject>().ToList() : [];
    }

    internal async Task<long> CreateAsync(string model, JsonObject values, CancellationToken cancellationToken)
    {
        var result = await ExecuteAsync(model, "create", new JsonArray(new JsonArray(values)), null, cancellationToken).ConfigureAwait(false);
        return result is JsonArray { Count: 1 } ids
            ? TrytonValues.ToId(ids[0])
            : throw new TrytonException($"Tryton created no {model} record.");
    }

    internal Task WriteAsync(string model, IEnumerable<long> ids, JsonObject values, CancellationToken cancellationToken) =>
        ExecuteAsync(model, "write", new JsonArray(TrytonValues.Ids(ids), values), null, cancellationToken);

    internal Task<JsonNode?> ButtonAsync(string model, string button, IEnumerable<long> ids, CancellationToken cancellationToken) =>
        ExecuteAsync(model, button, new JsonArray(TrytonValues.Ids(ids)), null, cancellationToken);

    internal static JsonArray Clause(string field, string op, JsonNode? value) => new(field, op, value);

    internal static JsonArray Domain(params JsonArray[] clauses)
    {
        var domain = new JsonArray();
        foreach (var clause in clauses)
        {
            domain.Add(clause);
        }

        return domain;
    }

    /// <summary>The id of the single record whose <paramref name="field"/> equals <paramref name="value"/>; master data ids are cached.</summary>
    internal async Task<long> ResolveAsync(string model, string field, string value, string what, CancellationToken cancellationToken, JsonArray? extra = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value, what);
        var cacheKey = $"{model}|{field}|{value}";
        if (_ids.TryGetValue(cacheKey, out var cached))
        {
            return cached;
        }

        var domain = Domain(Clause(field, "=", value));
        if (extra is not null)
        {
            foreach (var clause in extra)
            {
                domain.Add(clause?.DeepClone());
            }
        }

        var rows = await SearchReadAsync(model, domain, ["id"], cancellationToken, limit: 2).ConfigureAwait(false);
        var id = rows.Count switch
        {
            1 => TrytonValues.ToId(rows[0]["id"]),
            0 => throw new TrytonException(ErrorCategory.DataQuality, $"Tryton has no {what} '{value}'.", "NotFound"),
            _ => throw new TrytonException(ErrorCategory.DataQuality, $"Tryton has more than one {what} '{value}'.", "Ambiguous"),
        };
        _ids[cacheKey] = id;
        return id;
    }

    internal Task<long> ResolvePartyAsync(string code, string what, CancellationToken cancellationToken) =>
        ResolveAsync("party.party", "code", code, what, cancellationToken);

    internal Task<long> ResolveProductAsync(string code, CancellationToken cancellationToken) =>
        ResolveAsync("product.product", "code", code, "item", cancellationToken);

    internal Task<long> ResolveUnitAsync(string symbol, CancellationToken cancellationToken) =>
        ResolveAsync("product.uom", "symbol", symbol, "unit of measure", cancellationToken);

    internal Task<long> ResolveWarehouseAsync(string code, CancellationToken cancellationToken) =>
        ResolveAsync("stock.location", "code", code, "warehouse", cancellationToken, Domain(Clause("type", "=", "warehouse")));

    internal Task<long> ResolveCarrierAsync(string partyCode, CancellationToken cancellationToken) =>
        ResolveAsync("carrier", "party.code", partyCode, "carrier", cancellationToken);

    internal Task<long> ResolveCurrencyAsync(string code, CancellationToken cancellationToken) =>
        ResolveAsync("currency.currency", "code", code, "currency", cancellationToken);

    /// <summary>The company's id and currency code, from the session context.</summary>
    internal async Task<(long Id, string Currency)> GetCompanyAsync(CancellationToken cancellationToken)
    {
        var context = await _rpc.GetContextAsync(cancellationToken).ConfigureAwait(false);
        var id = TrytonValues.ToId(context["company"]);
        var rows = await ReadAsync("company.company", [id], ["currency.code"], cancellationToken).ConfigureAwait(false);
        var currency = TrytonValues.ToText(TrytonValues.Path(rows.Single(), "currency.code"))
            ?? throw new TrytonException($"Tryton company {id} has no currency.");
        return (id, currency);
    }

    internal async Task<long> DefaultWarehouseAsync(CancellationToken cancellationToken)
    {
        var rows = await SearchReadAsync("stock.location", Domain(Clause("type", "=", "warehouse")), ["id"], cancellationToken, limit: 1, order: "id").ConfigureAwait(false);
        return rows.Count == 1
            ? TrytonValues.ToId(rows[0]["id"])
            : throw new TrytonException(ErrorCategory.Platform, "Tryton has no warehouse.", "NotFound");
    }

    /// <summary>The first address of a party (Tryton requires one on sales and purchases).</summary>
    internal async Task<long> FirstAddressAsync(long partyId, string partyCode, CancellationToken cancellationToken)
    {
        var rows = await SearchReadAsync("party.address", Domain(Clause("party", "=", partyId)), ["id"], cancellationToken, limit: 1, order: "sequence").ConfigureAwait(false);
        return rows.Count == 1
            ? TrytonValues.ToId(rows[0]["id"])
            : throw new TrytonException(ErrorCategory.DataQuality, $"Tryton party '{partyCode}' has no address.", "NoAddress");
    }
}
