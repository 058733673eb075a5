namespace IntegrationHub.Connectors.Hosting.Connections;

/// <summary>A connection request is invalid; carries every field error (map to a 400 validation problem).</summary>
public class ConnectionValidationException : Exception
{
    /// <summary>Initializes a new instance of the <see cref="ConnectionValidationException"/> class.</summary>
    public ConnectionValidationException()
        : this("The connection is invalid.")
    {
    }

    /// <summary>Initializes a new instance of the <see cref="ConnectionValidationException"/> class.</summary>
    /// <param name="message">The message.</param>
    public ConnectionValidationException(string message)
        : this(message, null)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="ConnectionValidationException"/> class.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public ConnectionValidationException(string message, Exception? innerException)
        : base(message, innerException) => Errors = [new ConnectionValidationError(string.Empty, message)];

    /// <summary>Initializes a new instance of the <see cref="ConnectionValidationException"/> class.</summary>
    /// <param name="errors">The field errors.</param>
    public ConnectionValidationException(IReadOnlyList<ConnectionValidationError> errors)
        : base("The connection is invalid: " + string.Join("; ", (errors ?? throw new ArgumentNullException(nameof(errors))).Select(e => $"{e.Field}: {e.Message}"))) =>
        Errors = errors;

    /// <summary>Gets the field errors.</summary>
    public IReadOnlyList<ConnectionValidationError> Errors { get; }
}
