namespace IntegrationHub.Connectors.Hosting.Connections;

/// <summary>The name is taken, or the connection changed since the client read it (map to 409).</summary>
public class ConnectionConflictException : Exception
{
    /// <summary>Initializes a new instance of the <see cref="ConnectionConflictException"/> class.</summary>
    public ConnectionConflictException()
        : this("The connection conflicts with another change.")
    {
    }

    /// <summary>Initializes a new instance of the <see cref="ConnectionConflictException"/> class.</summary>
    /// <param name="message">What conflicts.</param>
    public ConnectionConflictException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="ConnectionConflictException"/> class.</summary>
    /// <param name="message">What conflicts.</param>
    /// <param name="innerException">The cause.</param>
    public ConnectionConflictException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
