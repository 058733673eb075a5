namespace IntegrationHub.Contracts.Designer;

/// <summary>A designer operation the hub refused, with a message meant for the person (not found, wrong state, conflict).</summary>
public class DesignerException : Exception
{
    /// <summary>Initializes a new instance.</summary>
    public DesignerException()
        : base("The hub refused the operation.")
    {
    }

    /// <summary>Initializes a new instance.</summary>
    /// <param name="message">What went wrong, for the person.</param>
    public DesignerException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance.</summary>
    /// <param name="message">What went wrong, for the person.</param>
    /// <param name="innerException">The cause.</param>
    public DesignerException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
