using IntegrationHub.Flows.Model;
using IntegrationHub.Flows.Validation;

namespace IntegrationHub.Mapping.Documents;

/// <summary>A mapping document or lookup table is invalid; carries every error (file, JSON path, message).</summary>
public sealed class MappingValidationException : Exception
{
    /// <summary>Creates the exception with the errors found.</summary>
    /// <param name="errors">Every error.</param>
    public MappingValidationException(IReadOnlyList<FlowValidationError> errors)
        : base(Describe(errors))
    {
        Errors = errors;
    }

    /// <summary>Creates the exception with no errors (serializer support).</summary>
    public MappingValidationException()
        : this([])
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">The message.</param>
    public MappingValidationException(string message)
        : base(message)
    {
        Errors = [];
    }

    /// <summary>Creates the exception with a message and inner exception.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public MappingValidationException(string message, Exception innerException)
        : base(message, innerException)
    {
        Errors = [];
    }

    /// <summary>Every error.</summary>
    public IReadOnlyList<FlowValidationError> Errors { get; }

    /// <summary>Always <see cref="ErrorCategory.DataQuality"/> for a rejected upload; an invalid shipped document is a platform problem for whoever loads it.</summary>
    public static ErrorCategory Category => ErrorCategory.DataQuality;

    private static string Describe(IReadOnlyList<FlowValidationError> errors) =>
        errors.Count == 0
            ? "The mapping document is invalid."
            : $"The mapping document is invalid ({errors.Count} error(s)):{Environment.NewLine}{string.Join(Environment.NewLine, errors)}";
}
