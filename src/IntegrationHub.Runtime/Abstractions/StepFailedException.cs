using IntegrationHub.Flows.Model;
using IntegrationHub.Runtime.Model;

namespace IntegrationHub.Runtime.Abstractions;

/// <summary>A step failed with a categorised error (thrown by gateways, caught by the executor).</summary>
public sealed class StepFailedException : Exception
{
    /// <summary>Initializes a new instance.</summary>
    public StepFailedException(ErrorCategory category, string message, string? code = null, TimeSpan? retryAfter = null, Exception? innerException = null)
        : base(message, innerException)
    {
        Category = category;
        Code = code;
        RetryAfter = retryAfter;
    }

    /// <summary>Initializes a new instance.</summary>
    public StepFailedException()
        : this(ErrorCategory.Platform, "The step failed.")
    {
    }

    /// <summary>Initializes a new instance.</summary>
    public StepFailedException(string message)
        : this(ErrorCategory.Platform, message)
    {
    }

    /// <summary>Initializes a new instance.</summary>
    public StepFailedException(string message, Exception innerException)
        : this(ErrorCategory.Platform, message, null, null, innerException)
    {
    }

    /// <summary>Gets the category.</summary>
    public ErrorCategory Category { get; }

    /// <summary>Gets the code, if any.</summary>
    public string? Code { get; }

    /// <summary>Gets how long the target asked us to wait (429/503 Retry-After), if it did.</summary>
    public TimeSpan? RetryAfter { get; }

    /// <summary>Returns the error record for a step.</summary>
    public RunError ToRunError(string stepPath) => new(Category, Message, Code, stepPath);
}
