namespace IntegrationHub.Connectors.Sdk;

/// <summary>The connection settings or the connector definition are wrong; a <see cref="ErrorCategory.Platform"/> error.</summary>
public class ConnectorConfigurationException : ConnectorException
{
    /// <summary>Initializes a new instance of the <see cref="ConnectorConfigurationException"/> class.</summary>
    public ConnectorConfigurationException()
        : this("The connector configuration is invalid.")
    {
    }

    /// <summary>Initializes a new instance of the <see cref="ConnectorConfigurationException"/> class.</summary>
    /// <param name="message">Which setting is wrong and why.</param>
    public ConnectorConfigurationException(string message)
        : this(message, null)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="ConnectorConfigurationException"/> class.</summary>
    /// <param name="message">Which setting is wrong and why.</param>
    /// <param name="innerException">The cause.</param>
    public ConnectorConfigurationException(string message, Exception? innerException)
        : base(ErrorCategory.Platform, message, "configuration", innerException)
    {
    }
}
