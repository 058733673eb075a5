using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Time.Testing;

namespace IntegrationHub.Connectors.Sdk.Testing;

/// <summary>
/// Runs a connector's operations outside the server: validates the connector definition, then executes operations with
/// a fake clock, in-memory state, captured logs and captured HTTP traffic. Loopback is explicitly allowed by default so
/// tests can talk to servers they start on 127.0.0.1.
/// </summary>
/// <example>
/// <code>
/// using var harness = new ConnectorTestHarness(new MyConnector());
/// var output = await harness.RunAsync&lt;GreetOutput&gt;("greet", new MySettings(), new GreetInput { Name = "Ada" });
/// </code>
/// </example>
public sealed class ConnectorTestHarness : IDisposable
{
    private readonly HttpMessageHandler _guardedHandler;
    private readonly CapturingLogger _logger = new();
    private readonly HarnessHttpClientFactory _httpClientFactory;

    /// <summary>Initializes a new instance of the <see cref="ConnectorTestHarness"/> class.</summary>
    /// <param name="module">The connector under test.</param>
    /// <param name="allowList">The SSRF allow-list; by default <see cref="LoopbackAllowList"/>.</param>
    /// <exception cref="ConnectorDefinitionException">The connector is defined wrongly.</exception>
    public ConnectorTestHarness(IConnectorModule module, IEnumerable<string>? allowList = null)
    {
        Definition = ConnectorDefinition.Create(module);
        Policy = NetworkAccessPolicy.Create(allowList ?? LoopbackAllowList);
        _guardedHandler = SsrfGuard.CreateHandler(Policy, TimeSpan.FromSeconds(10));
        Http = new RecordingHttpHandler(_guardedHandler);
        _httpClientFactory = new HarnessHttpClientFactory(Http);
    }

    /// <summary>Gets the allow-list the harness uses unless told otherwise: the IPv4 and IPv6 loopback addresses.</summary>
    public static IReadOnlyList<string> LoopbackAllowList { get; } = ["127.0.0.0/8", "::1"];

    /// <summary>Gets the validated connector definition (descriptor with generated schemas).</summary>
    public ConnectorDefinition Definition { get; }

    /// <summary>Gets the fake clock, starting at 2025-01-06T08:00:00Z; advance it to simulate time passing.</summary>
    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2025, 1, 6, 8, 0, 0, TimeSpan.Zero));

    /// <summary>Gets the connector's state, kept across runs of this harness.</summary>
    public InMemoryConnectorStateStore State { get; } = new();

    /// <summary>Gets the captured HTTP traffic (and lets a test answer requests itself).</summary>
    public RecordingHttpHandler Http { get; }

    /// <summary>Gets the SSRF policy in force.</summary>
    public NetworkAccessPolicy Policy { get; }

    /// <summary>Gets everything the connector logged.</summary>
    public IReadOnlyList<CapturedLogEntry> Logs => _logger.Entries;

    /// <summary>Gets or sets the correlation id passed to operations.</summary>
    /// <value>The default value is <c>test-correlation-id</c>.</value>
    public string CorrelationId { get; set; } = "test-correlation-id";

    /// <summary>Runs an operation with typed settings and input.</summary>
    /// <typeparam name="TOutput">The operation's output type.</typeparam>
    /// <param name="operationName">The operation name.</param>
    /// <param name="settings">The connection settings.</param>
    /// <param name="input">The input.</param>
    /// <param name="idempotencyKey">The idempotency key; <see langword="null"/> for none.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The output.</returns>
    public async Task<TOutput> RunAsync<TOutput>(string operationName, object settings, object input, string? idempotencyKey = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(input);
        var operation = GetOperation(operationName);
        if (!typeof(TOutput).IsAssignableFrom(operation.OutputType))
        {
            throw new ArgumentException($"Operation '{operationName}' returns {operation.OutputType.FullName}, not {typeof(TOutput).FullName}.", nameof(TOutput));
        }

        var context = CreateContext(operationName, idempotencyKey, cancellationToken);
        var output = await operation.ExecuteAsync(context, settings, input, cancellationToken).ConfigureAwait(false);
        return (TOutput)output!;
    }

    /// <summary>Runs an operation the way the host does: settings and input as JSON, output as JSON.</summary>
    /// <param name="operationName">The operation name.</param>
    /// <param name="settings">The connection settings as JSON.</param>
    /// <param name="input">The input as JSON.</param>
    /// <param name="idempotencyKey">The idempotency key; <see langword="null"/> for none.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The output as JSON.</returns>
    /// <exception cref="JsonException">The settings or input do not match their types.</exception>
    public async Task<JsonNode?> RunJsonAsync(string operationName, JsonObject settings, JsonNode input, string? idempotencyKey = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(input);
        var operation = GetOperation(operationName);
        var typedSettings = settings.Deserialize(Definition.Module.SettingsType, ConnectorJson.SerializerOptions)
            ?? throw new JsonException("The settings are null.");
        var typedInput = input.Deserialize(operation.InputType, ConnectorJson.SerializerOptions)
            ?? throw new JsonException("The input is null.");
        var context = CreateContext(operationName, idempotencyKey, cancellationToken);
        var output = await operation.ExecuteAsync(context, typedSettings, typedInput, cancellationToken).ConfigureAwait(false);
        return JsonSerializer.SerializeToNode(output, operation.OutputType, ConnectorJson.SerializerOptions);
    }

    /// <summary>Runs the connector's connection test.</summary>
    /// <param name="settings">The connection settings.</param>
    /// <param name="cancellationToken">Cancels the test.</param>
    /// <returns>The result.</returns>
    public Task<ConnectionTestResult> TestConnectionAsync(object settings, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return Definition.Module.TestConnectionAsync(CreateContext("testConnection", null, cancellationToken), settings, cancellationToken);
    }

    /// <summary>Creates the context an operation receives, for tests that call operations directly.</summary>
    /// <param name="operationName">The operation name.</param>
    /// <param name="idempotencyKey">The idempotency key; <see langword="null"/> for none.</param>
    /// <param name="cancellationToken">The token the context carries.</param>
    /// <returns>The context.</returns>
    public OperationContext CreateContext(string operationName, string? idempotencyKey = null, CancellationToken cancellationToken = default) => new()
    {
        ConnectorName = Definition.Descriptor.Name,
        OperationName = operationName,
        IdempotencyKey = idempotencyKey,
        CorrelationId = CorrelationId,
        CancellationToken = cancellationToken,
        Logger = _logger,
        TimeProvider = Time,
        HttpClientFactory = _httpClientFactory,
        State = State,
    };

    /// <inheritdoc />
    public void Dispose()
    {
        Http.Dispose();
        _guardedHandler.Dispose();
    }

    private IConnectorOperation GetOperation(string operationName) =>
        Definition.TryGetOperation(operationName, out var operation)
            ? operation
            : throw new ArgumentException($"Connector '{Definition.Descriptor.Name}' has no operation '{operationName}'; it has {string.Join(", ", Definition.Descriptor.Operations.Select(o => o.Name))}.", nameof(operationName));
}
