using IntegrationHub.Connectors.Sdk;

namespace IntegrationHub.Connectors.Tryton;

/// <summary>A Tryton call failed. <see cref="ConnectorException.Category"/> says what the runtime should do about it.</summary>
public sealed class TrytonException : ConnectorException
{
    public TrytonException()
        : this(ErrorCategory.Platform, "The Tryton call failed.")
    {
    }

    public TrytonException(string message)
        : this(ErrorCategory.Platform, message)
    {
    }

    public TrytonException(string message, Exception? innerException)
        : this(ErrorCategory.Platform, message, null, innerException)
    {
    }

    public TrytonException(ErrorCategory category, string message, string? trytonError = null, Exception? innerException = null)
        : base(category, message, trytonError, innerException)
    {
    }
}
