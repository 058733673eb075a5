namespace IntegrationHub.Runtime.Model;

/// <summary>State of one attempt of one step in the journal.</summary>
public enum StepStatus
{
    /// <summary>Started; for an outside call this is the in-flight marker (in doubt after a crash).</summary>
    Running,

    /// <summary>Suspended on a wait, delay or subflow.</summary>
    Waiting,

    /// <summary>Completed with an output.</summary>
    Succeeded,

    /// <summary>The attempt failed (it may be retried).</summary>
    Failed,

    /// <summary>Not executed: its condition was false, or an operator skipped it with a supplied output.</summary>
    Skipped,
}
