namespace IntegrationHub.Connectors.Sdk;

/// <summary>A connector is defined wrongly (missing attribute, bad name or version, duplicate operation, mismatched types).</summary>
public class ConnectorDefinitionException : ConnectorException
{
    /// <summary>Initializes a new instance of the <see cref="ConnectorDefinitionException"/> class.</summary>
    public ConnectorDefinitionException()
        : this("The connector definition is invalid.")
    {
    }

    /// <summary>Initializes a new instance of the <see cref="ConnectorDefinitionException"/> class.</summary>
    /// <param name="message">Which type is wrong and why.</param>
    public ConnectorDefinitionException(string message)
        : this(message, null)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="ConnectorDefinitionException"/> class.</summary>
    /// <param name="message">Which type is wrong and why.</param>
    /// <param name="innerException">The cause.</param>
    public ConnectorDefinitionException(string message, Exception? innerException)
        : base(ErrorCategory.Platform, message, "connector_definition", innerException)
    {
    }
}
