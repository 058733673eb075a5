namespace IntegrationHub.Runtime.Model;

/// <summary>Where a run is in its life. Wire names are the lower-case member names.</summary>
public enum RunStatus
{
    /// <summary>Created and runnable; a worker will pick it up.</summary>
    Pending,

    /// <summary>A worker holds its lease (or held it and died: recovery will pick it up).</summary>
    Running,

    /// <summary>Waiting for a time (delay, retry backoff) — runnable again at <c>WakeAt</c>.</summary>
    Scheduled,

    /// <summary>Waiting for an external event (or its deadline).</summary>
    Waiting,

    /// <summary>Finished successfully.</summary>
    Succeeded,

    /// <summary>Failed and dead-lettered: an operator may retry, restart, skip or cancel.</summary>
    Failed,

    /// <summary>Cancelled by an operator.</summary>
    Cancelled,
}
