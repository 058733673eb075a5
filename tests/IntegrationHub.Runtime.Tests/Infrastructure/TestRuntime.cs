using System.Text.Json.Nodes;
using IntegrationHub.Runtime.Abstractions;
using IntegrationHub.Runtime.Execution;
using IntegrationHub.Runtime.Model;
using IntegrationHub.Runtime.Operations;
using IntegrationHub.Runtime.Triggers;
using IntegrationHub.Storage;
using IntegrationHub.Storage.Runs;
using IntegrationHub.TestUtils;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace IntegrationHub.Runtime.Tests.Infrastructure;

/// <summary>
/// The real runtime on a real database (PostgreSQL or SQLite), with an in-process dispatcher, a
/// recovery sweeper running every 200 ms, a deduplicating test connector and short leases.
/// </summary>
public sealed class TestRuntime : IAsyncDisposable
{
    private readonly ServiceProvider _services;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _sweeper;

    private TestRuntime(TestDatabase database, ServiceProvider services)
    {
        Database = database;
        _services = services;
        Dispatcher.Executor = Executor;
        Dispatcher.Router = Router;
        Dispatcher.BulkReplay = BulkReplay;
        Dispatcher.Start();
        _sweeper = Task.Run(SweepAsync);
    }

    public TestDatabase Database { get; }

    public InMemoryFlowSource Flows => _services.GetRequiredService<InMemoryFlowSource>();

    public CountingConnectorGateway Connector => _services.GetRequiredService<CountingConnectorGateway>();

    public ScriptedMappingGateway Mappings => _services.GetRequiredService<ScriptedMappingGateway>();

    public InProcessDispatcher Dispatcher => _services.GetRequiredService<InProcessDispatcher>();

    public CrashingRunStore Store => _services.GetRequiredService<CrashingRunStore>();

    public RunExecutor Executor => _services.GetRequiredService<RunExecutor>();

    public RunStarter Starter => _services.GetRequiredService<RunStarter>();

    public EventRouter Router => _services.GetRequiredService<EventRouter>();

    public RunOperator Operator => _services.GetRequiredService<RunOperator>();

    public BulkReplay BulkReplay => _services.GetRequiredService<BulkReplay>();

    public RecordingBulkOperationStore BulkOperations => _services.GetRequiredService<RecordingBulkOperationStore>();

    public static async Task<TestRuntime> StartAsync(StorageProvider provider, TimeSpan? leaseDuration = null)
    {
        var database = await TestDatabase.CreateMigratedAsync(provider);
        var services = new ServiceCollection();
        services.AddLogging(b => b.SetMinimumLevel(LogLevel.Warning));
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().Build());
        services.AddSingleton(TimeProvider.System);
        services.AddHubStorage(database.Options);
        // The executor tests script map/validate steps; the evaluator only needs an (empty) flows folder.
        var emptyFlows = Directory.CreateTempSubdirectory("hub-runtime-flows-").FullName;
        services.AddHubMapping(o => o.FlowsDirectory = emptyFlows);
        services.AddHubRuntime();
        services.Configure<RuntimeOptions>(o =>
        {
            o.LeaseDuration = leaseDuration ?? TimeSpan.FromSeconds(2);
            o.RecoveryGrace = TimeSpan.FromSeconds(1);
            o.InlineDelayLimit = TimeSpan.FromMilliseconds(500);
        });
        services.AddSingleton<CrashingRunStore>(sp => new CrashingRunStore(ActivatorUtilities.CreateInstance<RunStore>(sp)));
        services.AddSingleton<IRunStore>(sp => sp.GetRequiredService<CrashingRunStore>());
        services.AddSingleton<RecordingBulkOperationStore>(sp => new RecordingBulkOperationStore(ActivatorUtilities.CreateInstance<EfBulkOperationStore>(sp)));
        services.AddSingleton<IBulkOperationStore>(sp => sp.GetRequiredService<RecordingBulkOperationStore>());
        services.AddSingleton<InProcessDispatcher>();
        services.AddSingleton<IRunDispatcher>(sp => sp.GetRequiredService<InProcessDispatcher>());
        services.AddSingleton<InMemoryFlowSource>();
        services.AddSingleton<IFlowDefinitionSource>(sp => sp.GetRequiredService<InMemoryFlowSource>());
        services.AddSingleton<CountingConnectorGateway>();
        services.AddSingleton<IConnectorGateway>(sp => sp.GetRequiredService<CountingConnectorGateway>());
        services.AddSingleton<ScriptedMappingGateway>();
        services.AddSingleton<IMappingGateway>(sp => sp.GetRequiredService<ScriptedMappingGateway>());
        return new TestRuntime(database, services.BuildServiceProvider());
    }

    /// <summary>Starts a run of a published flow through the real starter.</summary>
    public async Task<RunRecord> StartAsync(string flowId, JsonNode? input, string triggerKind = "manual", string? idempotencyKey = null)
    {
        var started = await Starter.StartAsync(new StartRequest { FlowId = flowId, TriggerKind = triggerKind, Input = input, IdempotencyKey = idempotencyKey });
        return started.Run;
    }

    /// <summary>Waits until the run reaches one of the statuses, failing with its journal when it does not in time.</summary>
    public async Task<RunRecord> WaitForAsync(Guid runId, params RunStatus[] statuses)
    {
        var deadline = DateTimeOffset.UtcNow + TimeSpan.FromSeconds(60);
        RunRecord? run = null;
        while (DateTimeOffset.UtcNow < deadline)
        {
            run = await Store.GetRunAsync(runId, CancellationToken.None);
            if (run is not null && statuses.Contains(run.Status) && run.Status != RunStatus.Running)
            {
                return run;
            }

            await Task.Delay(50);
        }

        var journal = run is null ? "(no run)" : string.Join("\n", run.Steps.Select(s => $"  {s.StepPath} #{s.Attempt} {s.Status} {s.ErrorMessage}"));
        var failures = string.Join("\n", Dispatcher.Failures.Take(3).Select(e => $"  job failed: {e.GetType().Name}: {e.Message}"));
        throw new TimeoutException($"run {runId} did not reach {string.Join("/", statuses)} within 60 s; it is {run?.Status} ({run?.Error?.Message})\n{journal}\n{failures}");
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        try
        {
            await _sweeper;
        }
        catch (OperationCanceledException)
        {
        }

        await Dispatcher.DisposeAsync();
        await _services.DisposeAsync();
        await Database.DisposeAsync();
        _stop.Dispose();
    }

    private async Task SweepAsync()
    {
        var recovery = _services.GetRequiredService<RunRecovery>();
        while (!_stop.IsCancellationRequested)
        {
            await Task.Delay(200, _stop.Token);
            try
            {
                await recovery.SweepAsync(_stop.Token);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The database may be momentarily busy (SQLite): sweep again next tick.
            }
        }
    }
}
