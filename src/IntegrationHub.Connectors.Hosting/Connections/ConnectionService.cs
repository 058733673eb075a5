using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using IntegrationHub.Connectors.Hosting.Catalog;
using IntegrationHub.Connectors.Hosting.Diagnostics;
using IntegrationHub.Connectors.Hosting.Invocation;
using IntegrationHub.Connectors.Hosting.Secrets;
using IntegrationHub.Connectors.Sdk;
using Microsoft.Extensions.Logging;

namespace IntegrationHub.Connectors.Hosting.Connections;

/// <summary>Validates connections against their connector's settings type and keeps secrets encrypted and write-only.</summary>
internal sealed partial class ConnectionService(
    IConnectionStore store,
    IConnectorCatalog catalog,
    IConnectorInvoker invoker,
    IConnectionSecretProtector protector,
    ISecretRedactor redactor,
    TimeProvider timeProvider,
    ResolvedConnectionCache resolved,
    ILogger<ConnectionService> logger) : IConnectionService
{
    public async Task<IReadOnlyList<ConnectionView>> ListAsync(CancellationToken cancellationToken = default)
    {
        var connections = await store.ListAsync(cancellationToken).ConfigureAwait(false);
        return [.. connections.Select(ToView)];
    }

    public async Task<ConnectionView?> GetAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var connection = await store.FindAsync(id, cancellationToken).ConfigureAwait(false);
        return connection is null ? null : ToView(connection);
    }

    public async Task<ConnectionView> CreateAsync(CreateConnectionRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var errors = new List<ConnectionValidationError>();
        if (request.Name is null || !NamePattern().IsMatch(request.Name))
        {
            errors.Add(new ConnectionValidationError("name", "The name is required: 1 to 100 letters, digits, '.', '_' or '-', starting with a letter or digit."));
        }

        var allowedHosts = ValidateAllowedHosts(request.AllowedHosts, errors);
        if (!catalog.TryGet(request.Connector ?? string.Empty, out var registration))
        {
            errors.Add(new ConnectionValidationError("connector", $"Connector '{request.Connector}' is not loaded; loaded connectors: {string.Join(", ", catalog.Connectors.Select(c => c.Descriptor.Name))}."));
            throw new ConnectionValidationException(errors);
        }

        var (settings, secretChanges) = Split(request.Settings ?? [], registration, errors);
        var secrets = secretChanges.Where(s => s.Value is not null).ToDictionary(s => s.Key, s => s.Value!, StringComparer.Ordinal);
        ValidateSettings(registration, settings, secrets, errors);
        if (errors.Count > 0)
        {
            throw new ConnectionValidationException(errors);
        }

        var now = timeProvider.GetUtcNow();
        var connection = new StoredConnection(
            Guid.NewGuid(),
            request.Name!,
            registration.Descriptor.Name,
            settings,
            secrets.ToDictionary(s => s.Key, s => protector.Protect(s.Value), StringComparer.Ordinal),
            allowedHosts,
            1,
            now,
            now);
        if (!await store.TryAddAsync(connection, cancellationToken).ConfigureAwait(false))
        {
            throw new ConnectionConflictException($"A connection named '{request.Name}' already exists.");
        }

        resolved.Clear();
        Log.ConnectionChanged(logger, connection.Name, connection.Connector, "created");
        return ToView(connection);
    }

    public async Task<ConnectionView?> UpdateAsync(Guid id, UpdateConnectionRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var existing = await store.FindAsync(id, cancellationToken).ConfigureAwait(false);
        if (existing is null)
        {
            return null;
        }

        if (request.ExpectedVersion is { } expected && expected != existing.Version)
        {
            throw new ConnectionConflictException($"Connection '{existing.Name}' is at version {existing.Version}, not {expected}: it was changed meanwhile; read it again.");
        }

        if (!catalog.TryGet(existing.Connector, out var registration))
        {
            throw new ConnectionValidationException([new ConnectionValidationError("connector", $"Connector '{existing.Connector}' of connection '{existing.Name}' is not loaded, so its settings cannot be validated.")]);
        }

        var errors = new List<ConnectionValidationError>();
        IReadOnlyList<string> allowedHosts = request.AllowedHosts is null ? existing.AllowedHosts : ValidateAllowedHosts(request.AllowedHosts, errors);
        var (settings, secretChanges) = request.Settings is null
            ? (existing.Settings.DeepClone().AsObject(), new Dictionary<string, string?>())
            : Split(request.Settings, registration, errors);
        var secrets = Decrypt(existing);
        foreach (var (name, value) in secretChanges)
        {
            if (value is null)
            {
                secrets.Remove(name);
            }
            else
            {
                secrets[name] = value;
            }
        }

        ValidateSettings(registration, settings, secrets, errors);
        if (errors.Count > 0)
        {
            throw new ConnectionValidationException(errors);
        }

        var protectedSecrets = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, value) in secrets)
        {
            // Unchanged secrets keep their ciphertext; only new values are encrypted.
            protectedSecrets[name] = !secretChanges.ContainsKey(name) && existing.ProtectedSecrets.TryGetValue(name, out var cipher) ? cipher : protector.Protect(value);
        }

        var updated = existing with
        {
            Settings = settings,
            ProtectedSecrets = protectedSecrets,
            AllowedHosts = allowedHosts,
            Version = existing.Version + 1,
            UpdatedAt = timeProvider.GetUtcNow(),
        };
        if (!await store.TryUpdateAsync(updated, existing.Version, cancellationToken).ConfigureAwait(false))
        {
            throw new ConnectionConflictException($"Connection '{existing.Name}' was changed or deleted meanwhile; read it again.");
        }

        resolved.Clear();
        Log.ConnectionChanged(logger, updated.Name, updated.Connector, "updated");
        return ToView(updated);
    }

    public async Task<bool> DeleteAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var existing = await store.FindAsync(id, cancellationToken).ConfigureAwait(false);
        if (existing is null || !await store.DeleteAsync(id, cancellationToken).ConfigureAwait(false))
        {
            return false;
        }

        resolved.Clear();
        Log.ConnectionChanged(logger, existing.Name, existing.Connector, "deleted");
        return true;
    }

    public async Task<ConnectionTestResult?> TestAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var connection = await store.FindAsync(id, cancellationToken).ConfigureAwait(false);
        if (connection is null)
        {
            return null;
        }

        var resolved = Resolve(connection);
        var result = await invoker.TestConnectionAsync(
            connection.Connector,
            resolved.Settings,
            resolved.CreateInvocationContext($"connection-test-{connection.Id:N}"),
            cancellationToken).ConfigureAwait(false);
        Log.ConnectionTested(logger, connection.Name, result.Succeeded, result.Message);
        return result;
    }

    public async Task<ResolvedConnection?> ResolveAsync(string name, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (resolved.Find(name) is { } kept)
        {
            return kept;
        }

        var connection = await store.FindByNameAsync(name, cancellationToken).ConfigureAwait(false);
        if (connection is null)
        {
            return null;
        }

        var result = Resolve(connection);
        resolved.Keep(result);
        return result;
    }

    private static List<string> ValidateAllowedHosts(IReadOnlyList<string>? hosts, List<ConnectionValidationError> errors)
    {
        var result = new List<string>();
        for (var i = 0; i < (hosts?.Count ?? 0); i++)
        {
            try
            {
                result.AddRange(NetworkAccessPolicy.Create([hosts![i]]).AllowList);
            }
            catch (ArgumentException ex)
            {
                errors.Add(new ConnectionValidationError($"allowedHosts[{i}]", ex.Message.Split(" (Parameter", 2)[0]));
            }
        }

        return result;
    }

    private static (JsonObject Settings, Dictionary<string, string?> Secrets) Split(JsonObject input, ConnectorRegistration registration, List<ConnectionValidationError> errors)
    {
        var settings = new JsonObject();
        var secrets = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var (name, value) in input)
        {
            if (!registration.Descriptor.SecretSettings.Contains(name, StringComparer.Ordinal))
            {
                settings[name] = value?.DeepClone();
            }
            else if (value is null)
            {
                secrets[name] = null;
            }
            else if (value is JsonValue v && v.GetValueKind() == JsonValueKind.String)
            {
                secrets[name] = v.GetValue<string>();
            }
            else
            {
                errors.Add(new ConnectionValidationError($"settings.{name}", $"Secret setting '{name}' must be a string (or null to clear it), not {value.GetValueKind()}."));
            }
        }

        return (settings, secrets);
    }

    private static JsonObject Merge(JsonObject settings, IReadOnlyDictionary<string, string> secrets)
    {
        var merged = settings.DeepClone().AsObject();
        foreach (var (name, value) in secrets)
        {
            merged[name] = value;
        }

        return merged;
    }

    private void ValidateSettings(ConnectorRegistration registration, JsonObject settings, Dictionary<string, string> secrets, List<ConnectionValidationError> errors)
    {
        redactor.Register(secrets.Values);
        try
        {
            _ = Merge(settings, secrets).Deserialize(registration.Definition.Module.SettingsType, ConnectorJson.SerializerOptions);
        }
        catch (JsonException ex)
        {
            var field = ex.Path is null or "$" ? "settings" : "settings" + ex.Path.TrimStart('$');
            errors.Add(new ConnectionValidationError(field, redactor.Redact(ex.Message, secrets.Values)));
        }
    }

    private Dictionary<string, string> Decrypt(StoredConnection connection)
    {
        var secrets = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, cipher) in connection.ProtectedSecrets)
        {
            try
            {
                secrets[name] = protector.Unprotect(cipher);
            }
            catch (CryptographicException ex)
            {
                throw new InvalidOperationException(
                    $"Secret setting '{name}' of connection '{connection.Name}' cannot be decrypted: the Data Protection key ring does not hold its key. Are keys persisted to the shared store and is the application name the same on every node?",
                    ex);
            }
        }

        redactor.Register(secrets.Values);
        return secrets;
    }

    private ResolvedConnection Resolve(StoredConnection connection) =>
        new(connection.Id, connection.Name, connection.Connector, Merge(connection.Settings, Decrypt(connection)), connection.AllowedHosts);

    private static ConnectionView ToView(StoredConnection connection) => new(
        connection.Id,
        connection.Name,
        connection.Connector,
        connection.Settings.DeepClone().AsObject(),
        [.. connection.ProtectedSecrets.Keys.Order(StringComparer.Ordinal)],
        connection.AllowedHosts,
        connection.Version,
        connection.CreatedAt,
        connection.UpdatedAt);

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$", RegexOptions.CultureInvariant)]
    private static partial Regex NamePattern();
}
