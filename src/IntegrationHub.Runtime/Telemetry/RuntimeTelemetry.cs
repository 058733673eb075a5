using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace IntegrationHub.Runtime.Telemetry;

/// <summary>Traces and metrics of the runtime, named after the assembly.</summary>
public static class RuntimeTelemetry
{
    /// <summary>The ActivitySource and Meter name.</summary>
    public const string Name = "IntegrationHub.Runtime";

    /// <summary>Gets the activity source (a span per run pass and per connector call).</summary>
    public static ActivitySource ActivitySource { get; } = new(Name);

    /// <summary>Gets the meter.</summary>
    public static Meter Meter { get; } = new(Name);

    /// <summary>Runs created, by flow and trigger.</summary>
    public static Counter<long> RunsStarted { get; } = Meter.CreateCounter<long>("hub.runs.started", description: "Runs created");

    /// <summary>Runs ended, by flow and status (succeeded, failed = dead-lettered, cancelled).</summary>
    public static Counter<long> RunsFinished { get; } = Meter.CreateCounter<long>("hub.runs.finished", description: "Runs finished by status");

    /// <summary>Connector call latency.</summary>
    public static Histogram<double> StepDuration { get; } = Meter.CreateHistogram<double>("hub.step.duration", unit: "ms", description: "Connector call duration");

    /// <summary>Retry decisions, by flow, step and category.</summary>
    public static Counter<long> Retries { get; } = Meter.CreateCounter<long>("hub.step.failures", description: "Failed step attempts by category");

    /// <summary>Journal commits.</summary>
    public static Counter<long> Commits { get; } = Meter.CreateCounter<long>("hub.journal.commits", description: "Journal commits");

    /// <summary>Run passes that suspended on a wait.</summary>
    public static Counter<long> WaitsStarted { get; } = Meter.CreateCounter<long>("hub.waits.started", description: "Suspensions on waits and delays");

    /// <summary>Runs dead-lettered (failed after their retries or with a non-retryable error), by flow and category.</summary>
    public static Counter<long> DeadLettered { get; } = Meter.CreateCounter<long>("hub.runs.dead_lettered", description: "Runs that ended failed (dead letters)");
}
