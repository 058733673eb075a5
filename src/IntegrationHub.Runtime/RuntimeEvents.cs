namespace IntegrationHub.Runtime;

/// <summary>Event types the runtime itself publishes.</summary>
public static class RuntimeEvents
{
    /// <summary>A subflow run finished (correlation key: the child run id).</summary>
    public const string RunFinished = "hub.run.finished";
}
