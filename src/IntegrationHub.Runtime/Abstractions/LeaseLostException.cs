namespace IntegrationHub.Runtime.Abstractions;

/// <summary>The worker's lease on a run expired and another worker may hold it: stop without writing.</summary>
public sealed class LeaseLostException : Exception
{
    /// <summary>Initializes a new instance.</summary>
    public LeaseLostException(Guid runId)
        : base($"The lease on run {runId} was lost; another worker may be executing it.")
    {
        RunId = runId;
    }

    /// <summary>Initializes a new instance.</summary>
    public LeaseLostException()
        : base("The lease on the run was lost.")
    {
    }

    /// <summary>Initializes a new instance.</summary>
    public LeaseLostException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance.</summary>
    public LeaseLostException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Gets the run.</summary>
    public Guid RunId { get; }
}
