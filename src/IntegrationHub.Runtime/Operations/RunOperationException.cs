namespace IntegrationHub.Runtime.Operations;

/// <summary>An operator action that the run's state does not allow (answered as 409).</summary>
public sealed class RunOperationException : Exception
{
    /// <summary>Initializes a new instance.</summary>
    public RunOperationException()
        : base("The action is not allowed in the run's current state.")
    {
    }

    /// <summary>Initializes a new instance.</summary>
    public RunOperationException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance.</summary>
    public RunOperationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
