namespace IntegrationHub.Runtime.Triggers;

/// <summary>A run could not be started: unknown flow, nothing published, or the input does not give the keys the trigger needs.</summary>
public sealed class RunStartException : Exception
{
    /// <summary>Initializes a new instance.</summary>
    public RunStartException(bool notFound, string message)
        : base(message)
    {
        NotFound = notFound;
    }

    /// <summary>Initializes a new instance.</summary>
    public RunStartException()
        : this(false, "The run could not be started.")
    {
    }

    /// <summary>Initializes a new instance.</summary>
    public RunStartException(string message)
        : this(false, message)
    {
    }

    /// <summary>Initializes a new instance.</summary>
    public RunStartException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Gets whether the flow (or a published version of it) does not exist.</summary>
    public bool NotFound { get; }
}
