using System.Text.Json.Nodes;
using IntegrationHub.Flows.Model;
using IntegrationHub.Runtime.Abstractions;
using IntegrationHub.Runtime.Model;
using IntegrationHub.Runtime.Tests.Infrastructure;
using IntegrationHub.Storage;

namespace IntegrationHub.Runtime.Tests.Execution;

public class RunExecutorTests
{
    public static TheoryData<StorageProvider> Providers => [StorageProvider.Postgres, StorageProvider.Sqlite];

    private const string OrderFlow = """
        {
          "id": "order", "name": "Order", "trigger": { "kind": "manual" },
          "businessKeys": { "orderNumber": "=input.orderNumber" },
          "connections": { "erp": { "connector": "test" } },
          "retryPolicies": { "quick": { "maxAttempts": 4, "backoff": "fixed", "initialDelay": "PT0.05S", "jitter": false } },
          "defaultRetryPolicy": "quick",
          "steps": [
            { "id": "prepare", "kind": "set", "vars": { "qty": "=input.lines.reduce((a, l) => a + l.qty, 0)" } },
            { "id": "create", "kind": "call", "connection": "erp", "operation": "createOrder", "input": { "number": "=input.orderNumber", "qty": "=vars.qty" },
              "businessKeys": { "erpOrderId": "=steps.create.output.id" } },
            { "id": "shape", "kind": "map", "mapping": "to-release", "source": "=steps.create.output" },
            { "id": "release", "kind": "call", "connection": "erp", "operation": "release", "input": "=steps.shape.output" }
          ]
        }
        """;

    private static double Number(JsonNode? node) => double.Parse(node!.ToJsonString(), System.Globalization.CultureInfo.InvariantCulture);

    private static JsonObject OrderInput(string number = "SO-1") => new() { ["orderNumber"] = number, ["lines"] = new JsonArray(new JsonObject { ["qty"] = 2 }, new JsonObject { ["qty"] = 3 }) };

    private static async Task<TestRuntime> OrderRuntimeAsync(StorageProvider provider, TimeSpan? lease = null)
    {
        var rt = await TestRuntime.StartAsync(provider, lease);
        rt.Flows.Publish(OrderFlow);
        rt.Connector.On("createOrder", (inv, _) => new JsonObject { ["id"] = "ERP-" + inv.Input!["number"], ["qty"] = inv.Input["qty"]!.DeepClone() });
        rt.Mappings.Mapping("to-release", src => new JsonObject { ["orderId"] = src!["id"]!.DeepClone() });
        return rt;
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Run_MultiStep_CompletesAndJournalsEveryStepOnce(StorageProvider provider)
    {
        await using var rt = await OrderRuntimeAsync(provider);

        var run = await rt.WaitForAsync((await rt.StartAsync("order", OrderInput())).Id, RunStatus.Succeeded, RunStatus.Failed);

        Assert.Equal(RunStatus.Succeeded, run.Status);
        Assert.Equal(["prepare", "create", "shape", "release"], run.Steps.Where(s => s.IsDone).Select(s => s.StepPath));
        var create = Assert.Single(rt.Connector.Invocations, i => i.Operation == "createOrder");
        Assert.Equal($"{run.Id}/create", create.IdempotencyKey);
        Assert.Equal(5, Number(create.Input!["qty"]));
        Assert.Equal("ERP-SO-1", Assert.Single(rt.Connector.Invocations, i => i.Operation == "release").Input!["orderId"]!.GetValue<string>());
        Assert.Equal("SO-1", run.BusinessKeys["orderNumber"]);
        Assert.Equal("ERP-SO-1", run.BusinessKeys["erpOrderId"]);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Call_TransientFailuresThenSuccess_IsRetriedWithTheSameIdempotencyKey(StorageProvider provider)
    {
        await using var rt = await OrderRuntimeAsync(provider);
        rt.Connector.On("release", (_, call) => call < 3 ? throw new StepFailedException(ErrorCategory.Transient, $"503 from ERP (call {call})") : new JsonObject { ["ok"] = true });

        var run = await rt.WaitForAsync((await rt.StartAsync("order", OrderInput())).Id, RunStatus.Succeeded, RunStatus.Failed);

        Assert.Equal(RunStatus.Succeeded, run.Status);
        var attempts = run.Steps.Where(s => s.StepPath == "release").OrderBy(s => s.Attempt).ToList();
        Assert.Equal([StepStatus.Failed, StepStatus.Failed, StepStatus.Succeeded], attempts.Select(a => a.Status));
        Assert.All(attempts.Take(2), a => Assert.Equal(ErrorCategory.Transient, a.ErrorCategory));
        Assert.Single(rt.Connector.Invocations.Where(i => i.Operation == "release").Select(i => i.IdempotencyKey).Distinct());
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Call_LongBackoff_IsScheduledThroughTheDispatcherNotSlept(StorageProvider provider)
    {
        await using var rt = await TestRuntime.StartAsync(provider);
        rt.Flows.Publish("""
            { "id": "slow", "name": "Slow", "trigger": { "kind": "manual" }, "connections": { "erp": { "connector": "test" } },
              "retryPolicies": { "patient": { "maxAttempts": 2, "backoff": "fixed", "initialDelay": "PT1.5S", "jitter": false } },
              "steps": [ { "id": "c", "kind": "call", "connection": "erp", "operation": "flaky", "retryPolicy": "patient" } ] }
            """);
        rt.Connector.On("flaky", (_, call) => call == 1 ? throw new StepFailedException(ErrorCategory.Transient, "timeout", retryAfter: TimeSpan.FromSeconds(1)) : new JsonObject());

        var started = await rt.StartAsync("slow", null);
        var scheduled = await rt.WaitForAsync(started.Id, RunStatus.Scheduled);
        var done = await rt.WaitForAsync(started.Id, RunStatus.Succeeded);

        Assert.NotNull(scheduled.WakeAt);
        Assert.InRange((scheduled.WakeAt!.Value - scheduled.Steps.Single(s => s.Status == StepStatus.Failed).CompletedAt!.Value).TotalSeconds, 1.4, 1.6);
        Assert.Equal(2, done.Steps.Count(s => s.StepPath == "c"));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Call_DataQualityError_IsNotRetriedAndDeadLetters(StorageProvider provider)
    {
        await using var rt = await OrderRuntimeAsync(provider);
        rt.Connector.On("createOrder", (_, _) => throw new StepFailedException(ErrorCategory.DataQuality, "customer C9 unknown", "unknown-customer"));

        var run = await rt.WaitForAsync((await rt.StartAsync("order", OrderInput())).Id, RunStatus.Failed);

        Assert.Equal(1, rt.Connector.Calls("createOrder"));
        Assert.Equal(new RunError(ErrorCategory.DataQuality, "customer C9 unknown", "unknown-customer", "create"), run.Error);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Retry_AfterExhaustion_WithEditedInput_Succeeds(StorageProvider provider)
    {
        await using var rt = await OrderRuntimeAsync(provider);
        rt.Connector.On("release", (inv, _) => inv.Input?["orderId"]?.GetValue<string>() == "ERP-FIXED"
            ? new JsonObject { ["released"] = true }
            : throw new StepFailedException(ErrorCategory.Transient, "WMS rejects unknown order"));

        var failed = await rt.WaitForAsync((await rt.StartAsync("order", OrderInput())).Id, RunStatus.Failed);
        await rt.Operator.RetryAsync(failed.Id, new JsonObject { ["orderId"] = "ERP-FIXED" });
        var retried = await rt.WaitForAsync(failed.Id, RunStatus.Succeeded);

        Assert.Contains("gave up after 4 attempt(s)", failed.Error!.Message);
        Assert.Equal("release", failed.Error.StepPath);
        Assert.Equal(1, rt.Connector.Calls("createOrder"));
        Assert.Equal("ERP-FIXED", retried.Steps.Last(s => s.StepPath == "release").Input!["orderId"]!.GetValue<string>());
        Assert.Empty(retried.InputOverrides);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Skip_FailedStep_UsesTheSuppliedOutputAndContinues(StorageProvider provider)
    {
        await using var rt = await OrderRuntimeAsync(provider);
        rt.Connector.On("createOrder", (_, _) => throw new StepFailedException(ErrorCategory.Business, "credit hold"));

        var failed = await rt.WaitForAsync((await rt.StartAsync("order", OrderInput())).Id, RunStatus.Failed);
        await rt.Operator.SkipAsync(failed.Id, new JsonObject { ["id"] = "ERP-MANUAL" });
        var done = await rt.WaitForAsync(failed.Id, RunStatus.Succeeded);

        Assert.Equal(StepStatus.Skipped, done.Steps.Last(s => s.StepPath == "create").Status);
        Assert.Equal("ERP-MANUAL", Assert.Single(rt.Connector.Invocations, i => i.Operation == "release").Input!["orderId"]!.GetValue<string>());
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Restart_FailedRun_StartsANewGenerationFromTheFirstStep(StorageProvider provider)
    {
        await using var rt = await OrderRuntimeAsync(provider);
        var fail = true;
        rt.Connector.On("release", (_, _) => fail ? throw new StepFailedException(ErrorCategory.Partner, "WMS down for maintenance") : new JsonObject());

        var failed = await rt.WaitForAsync((await rt.StartAsync("order", OrderInput())).Id, RunStatus.Failed);
        fail = false;
        await rt.Operator.RestartAsync(failed.Id);
        var done = await rt.WaitForAsync(failed.Id, RunStatus.Succeeded);

        Assert.Equal(2, done.Generation);
        Assert.Equal(2, rt.Connector.Invocations.Count(i => i.Operation == "createOrder"));
        Assert.Equal(2, (await rt.Store.GetHistoryAsync(failed.Id, CancellationToken.None)).Count(s => s.StepPath == "create" && s.Status == StepStatus.Succeeded));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Start_ThreeConcurrentDuplicates_OneRunOneSideEffect(StorageProvider provider)
    {
        await using var rt = await OrderRuntimeAsync(provider);

        var runs = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => rt.StartAsync("order", OrderInput("SO-77"), idempotencyKey: "portal:SO-77")));
        var done = await rt.WaitForAsync(runs[0].Id, RunStatus.Succeeded);

        Assert.Single(runs.Select(r => r.Id).Distinct());
        Assert.Equal(1, rt.Connector.EffectsFor($"{done.Id}/create"));
        Assert.Single(rt.Connector.Invocations, i => i.Operation == "createOrder");
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task ControlFlow_SwitchForeachParallel_RunEachBranchAndCollectOutputs(StorageProvider provider)
    {
        await using var rt = await TestRuntime.StartAsync(provider);
        rt.Flows.Publish("""
            { "id": "cf", "name": "Control flow", "trigger": { "kind": "manual" }, "connections": { "wms": { "connector": "test" } },
              "steps": [
                { "id": "lines", "kind": "foreach", "items": "=input.lines", "as": "line", "maxParallelism": 2, "steps": [
                    { "id": "pick", "kind": "call", "connection": "wms", "operation": "pick", "input": { "sku": "=line.sku", "i": "=index" } } ] },
                { "id": "route", "kind": "switch", "cases": [ { "when": "=input.dropShip", "steps": [ { "id": "ds", "kind": "set", "vars": { "route": "drop-ship" } } ] } ],
                  "default": [ { "id": "wh", "kind": "set", "vars": { "route": "warehouse" } } ] },
                { "id": "notify", "kind": "parallel", "branches": [
                    { "name": "crm", "steps": [ { "id": "crm", "kind": "call", "connection": "wms", "operation": "crm", "input": "=vars.route" } ] },
                    { "name": "portal", "steps": [ { "id": "portal", "kind": "call", "connection": "wms", "operation": "portal", "input": "=steps.lines.output.length" } ] } ] }
              ] }
            """);

        var run = await rt.WaitForAsync((await rt.StartAsync("cf", JsonNode.Parse("""{ "dropShip": false, "lines": [ { "sku": "A" }, { "sku": "B" }, { "sku": "C" } ] }"""))).Id, RunStatus.Succeeded, RunStatus.Failed);

        Assert.Equal(RunStatus.Succeeded, run.Status);
        Assert.Equal(["lines[0]/pick", "lines[1]/pick", "lines[2]/pick"], rt.Connector.Invocations.Where(i => i.Operation == "pick").Select(i => i.StepPath).Order());
        Assert.Equal("warehouse", rt.Connector.Invocations.Single(i => i.Operation == "crm").Input!.GetValue<string>());
        Assert.Equal(3, Number(rt.Connector.Invocations.Single(i => i.Operation == "portal").Input));
        Assert.Equal(3, run.Steps.Single(s => s.StepPath == "lines" && s.IsDone).Output!.AsArray().Count);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Subflow_WaitForCompletion_GetsTheChildOutput(StorageProvider provider)
    {
        await using var rt = await TestRuntime.StartAsync(provider);
        rt.Flows.Publish("""
            { "id": "child", "name": "Child", "trigger": { "kind": "manual" }, "connections": { "erp": { "connector": "test" } },
              "steps": [ { "id": "work", "kind": "call", "connection": "erp", "operation": "work", "input": "=input.n * 2" } ] }
            """);
        rt.Flows.Publish("""
            { "id": "parent", "name": "Parent", "trigger": { "kind": "manual" },
              "steps": [ { "id": "sub", "kind": "subflow", "flow": "child", "input": { "n": 21 } },
                         { "id": "after", "kind": "set", "vars": { "got": "=steps.sub.output.echo" } } ] }
            """);

        var run = await rt.WaitForAsync((await rt.StartAsync("parent", null)).Id, RunStatus.Succeeded, RunStatus.Failed);

        Assert.Equal(RunStatus.Succeeded, run.Status);
        Assert.Equal(42, Number(run.Steps.Single(s => s.StepPath == "after").Output!["got"]));
    }
}
