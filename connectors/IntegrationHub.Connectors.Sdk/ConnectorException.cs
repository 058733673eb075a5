namespace IntegrationHub.Connectors.Sdk;

/// <summary>A categorised connector failure. Throw it (or a subclass) from operations; other exceptions count as <see cref="ErrorCategory.Platform"/>.</summary>
public class ConnectorException : Exception
{
    /// <summary>Initializes a new instance of the <see cref="ConnectorException"/> class as a platform error.</summary>
    public ConnectorException()
        : this(ErrorCategory.Platform, "The connector failed.")
    {
    }

    /// <summary>Initializes a new instance of the <see cref="ConnectorException"/> class as a platform error.</summary>
    /// <param name="message">What failed, where and why.</param>
    public ConnectorException(string message)
        : this(ErrorCategory.Platform, message)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="ConnectorException"/> class as a platform error.</summary>
    /// <param name="message">What failed, where and why.</param>
    /// <param name="innerException">The cause.</param>
    public ConnectorException(string message, Exception? innerException)
        : this(ErrorCategory.Platform, message, null, innerException)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="ConnectorException"/> class.</summary>
    /// <param name="category">The error category.</param>
    /// <param name="message">What failed, where and why. Never include secret values.</param>
    /// <param name="errorCode">A stable, machine-readable code (for example <c>http_429</c> or <c>credit_hold</c>).</param>
    /// <param name="innerException">The cause.</param>
    public ConnectorException(ErrorCategory category, string message, string? errorCode = null, Exception? innerException = null)
        : base(message, innerException)
    {
        Category = category;
        ErrorCode = errorCode;
    }

    /// <summary>Gets the error category.</summary>
    public ErrorCategory Category { get; }

    /// <summary>Gets a stable, machine-readable error code, if any.</summary>
    public string? ErrorCode { get; }

    /// <summary>Gets or initializes how long the target asked us to wait before retrying (for example from a <c>Retry-After</c> header).</summary>
    public TimeSpan? RetryAfter { get; init; }

    /// <summary>Gets a value indicating whether retrying may succeed.</summary>
    public bool IsTransient => Category == ErrorCategory.Transient;
}
