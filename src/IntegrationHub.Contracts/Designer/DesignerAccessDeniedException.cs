namespace IntegrationHub.Contracts.Designer;

/// <summary>The signed-in person's roles do not allow the operation (the server checks every call, whatever the UI shows).</summary>
public sealed class DesignerAccessDeniedException : DesignerException
{
    /// <summary>Initializes a new instance.</summary>
    public DesignerAccessDeniedException()
        : base("Your roles do not allow this.")
    {
    }

    /// <summary>Initializes a new instance.</summary>
    /// <param name="message">What was refused.</param>
    public DesignerAccessDeniedException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance.</summary>
    /// <param name="message">What was refused.</param>
    /// <param name="innerException">The cause.</param>
    public DesignerAccessDeniedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
