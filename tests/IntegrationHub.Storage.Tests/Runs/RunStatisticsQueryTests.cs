using IntegrationHub.Contracts.Designer;
using IntegrationHub.Runtime.Model;
using IntegrationHub.Storage.Entities;
using IntegrationHub.Storage.Runs;
using IntegrationHub.TestUtils;
using Microsoft.Extensions.DependencyInjection;

namespace IntegrationHub.Storage.Tests.Runs;

public class RunStatisticsQueryTests
{
    private static readonly DateTimeOffset From = new(2026, 11, 23, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset To = From.AddHours(4);
    private static readonly DateTimeOffset Now = From.AddHours(4).AddMinutes(30);

    public static TheoryData<StorageProvider> Providers => [StorageProvider.Sqlite, StorageProvider.Postgres];

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task QueryAsync_Window_CountsPerFlowStatusAndBucket_DeadLettersWaitsAndStepPercentiles(StorageProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await SeedAsync(database);
        var sut = CreateSut(database);

        var snapshot = await sut.QueryAsync(new DashboardRequest(From, To, 4), Now);

        Assert.Equal([From, From.AddHours(1), From.AddHours(2), From.AddHours(3)], snapshot.BucketStarts);
        Assert.Equal(
            [
                ("order-intake", "running", "0,0,1,0"),
                ("order-intake", "waiting", "0,0,0,1"),
                ("order-intake", "succeeded", "2,0,0,0"),
                ("order-intake", "failed", "0,1,0,0"),
                ("po-sync", "waiting", "0,0,0,1"),
                ("po-sync", "succeeded", "0,0,1,0"),
                ("po-sync", "cancelled", "0,0,1,0"),
            ],
            snapshot.Volumes.Select(v => (v.FlowId, v.Status, string.Join(',', v.Counts))).OrderBy(v => v.FlowId, StringComparer.Ordinal).ThenBy(v => Enum.Parse<RunStatus>(v.Status, true)).ToList());
        Assert.Equal([new FlowHealth("order-intake", 5, 2, 1, 0, 2), new FlowHealth("po-sync", 3, 1, 0, 1, 1)], snapshot.Flows);
        Assert.Equal(1.0 / 3, snapshot.Flows[0].FailureRate);

        // Dead letters and waits are "now", whenever the runs started.
        Assert.Equal(2, snapshot.DeadLetters);
        Assert.Equal(new Dictionary<string, int> { ["partner"] = 1, ["dataQuality"] = 1 }, snapshot.DeadLettersByCategory);
        Assert.Equal(2, snapshot.PendingWaits);
        Assert.Equal(1, snapshot.OverdueWaits);

        // Nearest rank: p50 of 10..200 ms is the 10th (100 ms), p95 the 19th (190 ms). Waits, skips and unfinished attempts are left out.
        Assert.Equal(
            [new StepLatency("order-intake", "create", "call", 20, 100, 190, 200), new StepLatency("po-sync", "check", "call", 2, 5, 7, 7)],
            snapshot.SlowestSteps);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task QueryAsync_OneFlow_LeavesTheOthersOut(StorageProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await SeedAsync(database);
        var sut = CreateSut(database);

        var snapshot = await sut.QueryAsync(new DashboardRequest(From, To, 2, "po-sync"), Now);

        Assert.All(snapshot.Volumes, v => Assert.Equal("po-sync", v.FlowId));
        Assert.Equal("0,1", string.Join(',', snapshot.Volumes.Single(v => v.Status == "cancelled").Counts));
        Assert.Equal("0,1", string.Join(',', snapshot.Volumes.Single(v => v.Status == "succeeded").Counts));
        Assert.Equal(new FlowHealth("po-sync", 3, 1, 0, 1, 1), Assert.Single(snapshot.Flows));
        Assert.Equal(0, snapshot.DeadLetters);
        Assert.Equal(1, snapshot.PendingWaits);
        Assert.Equal(0, snapshot.OverdueWaits);
        Assert.Equal("check", Assert.Single(snapshot.SlowestSteps).StepId);
    }

    private static RunStatisticsQuery CreateSut(TestDatabase database) =>
        new(new ServiceCollection().AddHubStorage(database.Options).BuildServiceProvider().GetRequiredService<IHubDbContextFactory>());

    private static async Task SeedAsync(TestDatabase database)
    {
        await using var db = database.CreateContext();
        var created = Run(db, "order-intake", RunStatus.Succeeded, From.AddMinutes(5));
        Run(db, "order-intake", RunStatus.Succeeded, From.AddMinutes(50));
        Run(db, "order-intake", RunStatus.Failed, From.AddMinutes(61), "partner");
        Run(db, "order-intake", RunStatus.Running, From.AddMinutes(150));
        var waiting = Run(db, "order-intake", RunStatus.Waiting, From.AddMinutes(200), wakeAt: Now.AddHours(-1));
        var checkedRun = Run(db, "po-sync", RunStatus.Succeeded, From.AddMinutes(130));
        Run(db, "po-sync", RunStatus.Cancelled, From.AddMinutes(179));
        Run(db, "po-sync", RunStatus.Waiting, From.AddMinutes(239), wakeAt: Now.AddHours(1));

        // Outside the window: a dead letter from yesterday (still waiting for an operator) and a run after the window.
        var old = Run(db, "order-intake", RunStatus.Failed, From.AddDays(-1), "dataQuality");
        Run(db, "po-sync", RunStatus.Succeeded, To.AddMinutes(1));

        for (var attempt = 1; attempt <= 20; attempt++)
        {
            Step(db, created, "create", "call", attempt, StepStatus.Failed, TimeSpan.FromMilliseconds(10 * attempt));
        }

        Step(db, created, "approve", "wait", 1, StepStatus.Succeeded, TimeSpan.FromHours(1));
        Step(db, created, "note", "set", 1, StepStatus.Skipped, TimeSpan.FromSeconds(5));
        Step(db, waiting, "create", "call", 1, StepStatus.Running, null);
        Step(db, checkedRun, "check", "call", 1, StepStatus.Failed, TimeSpan.FromMilliseconds(7));
        Step(db, checkedRun, "check", "call", 2, StepStatus.Succeeded, TimeSpan.FromMilliseconds(5));
        Step(db, old, "create", "call", 1, StepStatus.Failed, TimeSpan.FromSeconds(30));
        await db.SaveChangesAsync();
    }

    private static RunEntity Run(HubDbContext db, string flowId, RunStatus status, DateTimeOffset createdAt, string? category = null, DateTimeOffset? wakeAt = null)
    {
        var run = new RunEntity
        {
            Id = Guid.NewGuid(),
            FlowId = flowId,
            FlowVersion = 1,
            Status = status,
            TriggerKind = "manual",
            CorrelationId = Guid.NewGuid().ToString("N"),
            ErrorCategory = category,
            ErrorMessage = category is null ? null : "it failed",
            WakeAt = wakeAt,
            CreatedAt = createdAt,
            UpdatedAt = createdAt,
        };
        db.Runs.Add(run);
        return run;
    }

    private static void Step(HubDbContext db, RunEntity run, string stepId, string kind, int attempt, StepStatus status, TimeSpan? duration)
    {
        var started = run.CreatedAt.AddSeconds(attempt);
        db.RunSteps.Add(new RunStepEntity
        {
            RunId = run.Id,
            Generation = 1,
            StepPath = stepId,
            Attempt = attempt,
            StepId = stepId,
            Kind = kind,
            Status = status,
            StartedAt = started,
            CompletedAt = duration is { } d ? started + d : null,
        });
    }
}
