using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;
using IntegrationHub.Connectors.Hosting.Catalog;
using IntegrationHub.Connectors.Hosting.Diagnostics;
using IntegrationHub.Connectors.Hosting.Http;
using IntegrationHub.Connectors.Hosting.Secrets;
using IntegrationHub.Connectors.Hosting.State;
using IntegrationHub.Connectors.Sdk;
using Microsoft.Extensions.Logging;

namespace IntegrationHub.Connectors.Hosting.Invocation;

/// <summary>Validates settings and input against the operation's types, runs it and maps every failure to a category.</summary>
internal sealed class ConnectorInvoker(
    IConnectorCatalog catalog,
    IConnectorStateRepository state,
    OutboundHandlerCache http,
    ISecretRedactor redactor,
    TimeProvider timeProvider,
    ILoggerFactory loggerFactory) : IConnectorInvoker
{
    private readonly ILogger _logger = loggerFactory.CreateLogger<ConnectorInvoker>();

    public async Task<JsonNode?> InvokeAsync(string connectorName, string operationName, JsonObject settings, JsonNode? input, ConnectorInvocationContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(connectorName);
        ArgumentNullException.ThrowIfNull(operationName);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(context);
        var registration = GetConnector(connectorName, operationName);
        if (!registration.Definition.TryGetOperation(operationName, out var operation))
        {
            throw Fail(connectorName, operationName, context, ErrorCategory.Platform, "unknown_operation",
                $"Connector '{connectorName}' has no operation '{operationName}'; it has {string.Join(", ", registration.Descriptor.Operations.Select(o => o.Name))}.", []);
        }

        var secrets = SecretValues(registration, settings);
        var typedSettings = DeserializeSettings(registration, operationName, settings, context, secrets);
        object typedInput;
        try
        {
            typedInput = (input ?? new JsonObject()).Deserialize(operation.InputType, ConnectorJson.SerializerOptions)
                ?? throw new JsonException("The input is null.");
        }
        catch (JsonException ex)
        {
            throw Fail(connectorName, operationName, context, ErrorCategory.DataQuality, "invalid_input",
                $"The input of {connectorName}.{operationName} is invalid{At(ex)}: {ex.Message}", secrets);
        }

        using var activity = StartActivity(connectorName, operationName, context);
        Log.Invoking(_logger, connectorName, operationName, context.CorrelationId);
        var operationContext = CreateContext(registration, operationName, context, secrets, cancellationToken);
        object? output;
        try
        {
            output = await operation.ExecuteAsync(operationContext, typedSettings, typedInput, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception ex)
        {
            throw Map(connectorName, operationName, context, ex, secrets, activity);
        }

        try
        {
            return redactor.Redact(JsonSerializer.SerializeToNode(output, operation.OutputType, ConnectorJson.SerializerOptions), secrets);
        }
        catch (Exception ex) when (ex is JsonException or NotSupportedException)
        {
            throw Fail(connectorName, operationName, context, ErrorCategory.Platform, "invalid_output",
                $"The output of {connectorName}.{operationName} cannot be serialized: {ex.Message}", secrets, activity);
        }
    }

    public async Task<ConnectionTestResult> TestConnectionAsync(string connectorName, JsonObject settings, ConnectorInvocationContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(connectorName);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(context);
        const string operationName = "testConnection";
        try
        {
            var registration = GetConnector(connectorName, operationName);
            var secrets = SecretValues(registration, settings);
            var typedSettings = DeserializeSettings(registration, operationName, settings, context, secrets);
            using var activity = StartActivity(connectorName, operationName, context);
            var operationContext = CreateContext(registration, operationName, context, secrets, cancellationToken);
            try
            {
                var result = await registration.Definition.Module.TestConnectionAsync(operationContext, typedSettings, cancellationToken).ConfigureAwait(false);
                return result with { Message = redactor.Redact(result.Message, secrets) };
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                throw;
            }
            catch (Exception ex)
            {
                throw Map(connectorName, operationName, context, ex, secrets, activity);
            }
        }
        catch (ConnectorInvocationException ex)
        {
            return ConnectionTestResult.Failure($"{ex.Category}: {ex.Message}");
        }
    }

    private static string At(JsonException ex) => ex.Path is null ? string.Empty : $" at {ex.Path}";

    private static Activity? StartActivity(string connector, string operation, ConnectorInvocationContext context)
    {
        var activity = ConnectorTelemetry.Source.StartActivity($"{connector} {operation}", ActivityKind.Client);
        activity?.SetTag("integrationhub.connector", connector);
        activity?.SetTag("integrationhub.operation", operation);
        activity?.SetTag("integrationhub.correlation_id", context.CorrelationId);
        return activity;
    }

    private ConnectorRegistration GetConnector(string connectorName, string operationName) =>
        catalog.TryGet(connectorName, out var registration)
            ? registration
            : throw new ConnectorInvocationException(connectorName, operationName, ErrorCategory.Platform, "unknown_connector",
                $"Connector '{connectorName}' is not loaded; loaded connectors: {string.Join(", ", catalog.Connectors.Select(c => c.Descriptor.Name))}.");

    private List<string> SecretValues(ConnectorRegistration registration, JsonObject settings)
    {
        var values = new List<string>();
        foreach (var name in registration.Descriptor.SecretSettings)
        {
            if (settings.TryGetPropertyValue(name, out var node) && node is JsonValue value && value.TryGetValue<string>(out var secret) && secret.Length > 0)
            {
                values.Add(secret);
            }
        }

        redactor.Register(values);
        return values;
    }

    private object DeserializeSettings(ConnectorRegistration registration, string operationName, JsonObject settings, ConnectorInvocationContext context, List<string> secrets)
    {
        try
        {
            return settings.Deserialize(registration.Definition.Module.SettingsType, ConnectorJson.SerializerOptions)
                ?? throw new JsonException("The settings are null.");
        }
        catch (JsonException ex)
        {
            throw Fail(registration.Descriptor.Name, operationName, context, ErrorCategory.Platform, "invalid_settings",
                $"The connection settings of connector '{registration.Descriptor.Name}' are invalid{At(ex)}: {ex.Message}", secrets);
        }
    }

    private OperationContext CreateContext(ConnectorRegistration registration, string operationName, ConnectorInvocationContext context, List<string> secrets, CancellationToken cancellationToken)
    {
        NetworkAccessPolicy policy;
        try
        {
            policy = NetworkAccessPolicy.Create(context.AllowedHosts);
        }
        catch (ArgumentException ex)
        {
            throw Fail(registration.Descriptor.Name, operationName, context, ErrorCategory.Platform, "invalid_allow_list", ex.Message, secrets);
        }

        var name = registration.Descriptor.Name;
        return new OperationContext
        {
            ConnectorName = name,
            OperationName = operationName,
            IdempotencyKey = context.IdempotencyKey,
            CorrelationId = context.CorrelationId,
            CancellationToken = cancellationToken,
            Logger = new RedactingLogger(loggerFactory.CreateLogger($"IntegrationHub.Connectors.{name}"), redactor, secrets),
            TimeProvider = timeProvider,
            HttpClientFactory = http.GetFactory(policy),
            State = new ScopedConnectorStateStore(state, $"{name}:{context.ConnectionId ?? "default"}"),
        };
    }

    private ConnectorInvocationException Map(string connector, string operation, ConnectorInvocationContext context, Exception ex, List<string> secrets, Activity? activity)
    {
        var (category, code, message, retryAfter) = ex switch
        {
            ConnectorException c => (c.Category, c.ErrorCode, c.Message, c.RetryAfter),
            HttpRequestException h => (ErrorCategory.Transient, "network", $"Network error calling {connector}.{operation}: {h.Message}", null),
            TimeoutException or OperationCanceledException => (ErrorCategory.Transient, "timeout", $"{connector}.{operation} timed out: {ex.Message}", (TimeSpan?)null),
            _ => (ErrorCategory.Platform, "unexpected", $"{connector}.{operation} failed unexpectedly: {ex.GetType().Name}: {ex.Message}", null),
        };
        var failure = Fail(connector, operation, context, category, code, message, secrets, activity);
        if (category == ErrorCategory.Platform && ex is not ConnectorException)
        {
            // Unexpected failures are bugs: keep the stack trace in the log (redacted), not in the journal.
            Log.UnexpectedFailure(_logger, connector, operation, redactor.Redact(ex.ToString(), secrets));
        }

        return retryAfter is null ? failure : new ConnectorInvocationException(connector, operation, category, code, failure.Message) { RetryAfter = retryAfter };
    }

    private ConnectorInvocationException Fail(string connector, string operation, ConnectorInvocationContext context, ErrorCategory category, string? code, string message, List<string> secrets, Activity? activity = null)
    {
        var redacted = redactor.Redact(message, secrets);
        Log.InvocationFailed(_logger, connector, operation, category, code, context.CorrelationId, redacted);
        activity?.SetStatus(ActivityStatusCode.Error, $"{category}: {code}");
        activity?.SetTag("integrationhub.error_category", category.ToString());
        return new ConnectorInvocationException(connector, operation, category, code, redacted);
    }
}
