namespace IntegrationHub.Runtime;

/// <summary>Runtime settings of a node. Section <c>Hub:Runtime</c>.</summary>
public sealed class RuntimeOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Hub:Runtime";

    /// <summary>Gets or sets this node's name in leases and logs.</summary>
    /// <value>The default value is the machine name and process id.</value>
    public string NodeId { get; set; } = $"{Environment.MachineName}:{Environment.ProcessId}";

    /// <summary>Gets or sets how long a lease lasts before another node may take the run over.</summary>
    /// <value>The default value is 30 seconds (renewed every third of it while a pass runs).</value>
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Gets or sets the longest retry delay awaited in-process; longer ones are scheduled.</summary>
    /// <value>The default value is 1 second.</value>
    public TimeSpan InlineDelayLimit { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Gets or sets how often the recovery sweep looks for runs nobody works on.</summary>
    /// <value>The default value is 15 seconds.</value>
    public TimeSpan RecoveryInterval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>Gets or sets how long a runnable run may sit untouched before recovery re-enqueues it.</summary>
    /// <value>The default value is 30 seconds.</value>
    public TimeSpan RecoveryGrace { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Gets or sets how long events are kept for waits that have not started yet (the inbox).</summary>
    /// <value>The default value is 7 days.</value>
    public TimeSpan InboxRetention { get; set; } = TimeSpan.FromDays(7);

    /// <summary>Gets or sets how long a parent waits for a subflow.</summary>
    /// <value>The default value is 7 days.</value>
    public TimeSpan SubflowTimeout { get; set; } = TimeSpan.FromDays(7);

    /// <summary>
    /// Gets or sets how long the payloads (run input and output, step inputs and outputs) of succeeded runs are
    /// kept. Older ones are replaced by a marker; the run, its timeline, business keys, error details and its HTTP
    /// answer (for idempotent replays) stay. Null keeps payloads forever. Failed and cancelled runs are never pruned.
    /// </summary>
    /// <value>The default value is 30 days.</value>
    public TimeSpan? SucceededPayloadRetention { get; set; } = TimeSpan.FromDays(30);

    /// <summary>Gets or sets how often worker nodes prune payloads past <see cref="SucceededPayloadRetention"/>.</summary>
    /// <value>The default value is 1 hour.</value>
    public TimeSpan RetentionInterval { get; set; } = TimeSpan.FromHours(1);
}
