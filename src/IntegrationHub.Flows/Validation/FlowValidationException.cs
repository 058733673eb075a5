namespace IntegrationHub.Flows.Validation;

/// <summary>Thrown where an invalid flow cannot be accepted; carries every error.</summary>
public sealed class FlowValidationException : Exception
{
    /// <summary>Initializes a new instance with the errors found.</summary>
    public FlowValidationException(IReadOnlyList<FlowValidationError> errors)
        : base(Describe(errors))
    {
        Errors = errors;
    }

    /// <summary>Initializes a new instance with no errors (serializer support).</summary>
    public FlowValidationException()
        : this([])
    {
    }

    /// <summary>Initializes a new instance with a message only.</summary>
    public FlowValidationException(string message)
        : base(message)
    {
        Errors = [];
    }

    /// <summary>Initializes a new instance with a message and inner exception.</summary>
    public FlowValidationException(string message, Exception innerException)
        : base(message, innerException)
    {
        Errors = [];
    }

    /// <summary>Gets every error.</summary>
    public IReadOnlyList<FlowValidationError> Errors { get; }

    private static string Describe(IReadOnlyList<FlowValidationError> errors) =>
        errors.Count == 0
            ? "The flow is invalid."
            : $"The flow is invalid ({errors.Count} error(s)):{Environment.NewLine}{string.Join(Environment.NewLine, errors)}";
}
