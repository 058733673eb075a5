using IntegrationHub.Connectors.Sdk;

namespace IntegrationHub.Connectors.Hosting.Invocation;

/// <summary>
/// A failed connector call as the runtime sees it: category (only <see cref="ErrorCategory.Transient"/> is retried),
/// error code, Retry-After, and a message with secrets already redacted (safe for the journal and logs).
/// </summary>
public class ConnectorInvocationException : Exception
{
    /// <summary>Initializes a new instance of the <see cref="ConnectorInvocationException"/> class.</summary>
    public ConnectorInvocationException()
        : this("The connector call failed.")
    {
    }

    /// <summary>Initializes a new instance of the <see cref="ConnectorInvocationException"/> class as a platform error.</summary>
    /// <param name="message">The redacted message.</param>
    public ConnectorInvocationException(string message)
        : this(message, null)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="ConnectorInvocationException"/> class as a platform error.</summary>
    /// <param name="message">The redacted message.</param>
    /// <param name="innerException">The cause.</param>
    public ConnectorInvocationException(string message, Exception? innerException)
        : base(message, innerException)
    {
        Connector = string.Empty;
        Operation = string.Empty;
    }

    /// <summary>Initializes a new instance of the <see cref="ConnectorInvocationException"/> class.</summary>
    /// <param name="connector">The connector name.</param>
    /// <param name="operation">The operation name.</param>
    /// <param name="category">The error category.</param>
    /// <param name="errorCode">The stable error code.</param>
    /// <param name="message">The redacted message.</param>
    public ConnectorInvocationException(string connector, string operation, ErrorCategory category, string? errorCode, string message)
        : base(message)
    {
        Connector = connector;
        Operation = operation;
        Category = category;
        ErrorCode = errorCode;
    }

    /// <summary>Gets the connector name.</summary>
    public string Connector { get; }

    /// <summary>Gets the operation name.</summary>
    public string Operation { get; }

    /// <summary>Gets the error category.</summary>
    public ErrorCategory Category { get; }

    /// <summary>Gets the stable error code, if any.</summary>
    public string? ErrorCode { get; }

    /// <summary>Gets how long the target asked us to wait before retrying.</summary>
    public TimeSpan? RetryAfter { get; init; }

    /// <summary>Gets a value indicating whether the runtime may retry automatically.</summary>
    public bool IsTransient => Category == ErrorCategory.Transient;
}
