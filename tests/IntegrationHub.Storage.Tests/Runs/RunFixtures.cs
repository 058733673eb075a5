using System.Text.Json.Nodes;
using IntegrationHub.Runtime.Abstractions;
using IntegrationHub.Runtime.Model;
using IntegrationHub.Storage.Runs;
using IntegrationHub.TestUtils;
using Microsoft.Extensions.DependencyInjection;

namespace IntegrationHub.Storage.Tests.Runs;

/// <summary>The run store and new runs the run store tests start from.</summary>
internal static class RunFixtures
{
    public const string Owner = "node-a/1";

    public static RunStore CreateStore(TestDatabase database) =>
        (RunStore)new ServiceCollection().AddHubStorage(database.Options).AddSingleton(TimeProvider.System).BuildServiceProvider().GetRequiredService<IRunStore>();

    /// <summary>A run of <c>order-intake</c> with the idempotency key, leased by <see cref="Owner"/>.</summary>
    public static NewRun NewRun(string key, Dictionary<string, string>? keys = null) => new()
    {
        FlowId = "order-intake",
        FlowVersion = 1,
        TriggerKind = "http",
        Input = new JsonObject { ["orderNumber"] = key },
        CorrelationId = "corr-" + key,
        IdempotencyKey = key,
        BusinessKeys = keys ?? [],
        Lease = new RunLease(Owner, DateTimeOffset.UtcNow.AddMinutes(5)),
    };
}
