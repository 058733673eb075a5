namespace IntegrationHub.Connectors.Sdk;

/// <summary>The target system refused our credentials; a <see cref="ErrorCategory.Partner"/> error.</summary>
public class ConnectorAuthenticationException : ConnectorException
{
    /// <summary>Initializes a new instance of the <see cref="ConnectorAuthenticationException"/> class.</summary>
    public ConnectorAuthenticationException()
        : this("The target system refused the credentials.")
    {
    }

    /// <summary>Initializes a new instance of the <see cref="ConnectorAuthenticationException"/> class.</summary>
    /// <param name="message">Which system refused which kind of credential. Never include the credential.</param>
    public ConnectorAuthenticationException(string message)
        : this(message, null)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="ConnectorAuthenticationException"/> class.</summary>
    /// <param name="message">Which system refused which kind of credential. Never include the credential.</param>
    /// <param name="innerException">The cause.</param>
    public ConnectorAuthenticationException(string message, Exception? innerException)
        : base(ErrorCategory.Partner, message, "authentication", innerException)
    {
    }
}
