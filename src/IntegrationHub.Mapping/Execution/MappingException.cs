using IntegrationHub.Flows.Model;

namespace IntegrationHub.Mapping.Execution;

/// <summary>A mapping failed; carries every error. <see cref="Category"/> is <see cref="ErrorCategory.Platform"/> when any
/// error is (sandbox limit, unusable mapping), otherwise <see cref="ErrorCategory.DataQuality"/>.</summary>
public sealed class MappingException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="mappingId">The mapping that failed.</param>
    /// <param name="errors">Every error.</param>
    public MappingException(string mappingId, IReadOnlyList<MappingError> errors)
        : base(Describe(mappingId, errors))
    {
        MappingId = mappingId;
        Errors = errors;
    }

    /// <summary>Creates the exception (serializer support).</summary>
    public MappingException()
        : this(string.Empty, [])
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">The message.</param>
    public MappingException(string message)
        : base(message)
    {
        MappingId = string.Empty;
        Errors = [];
    }

    /// <summary>Creates the exception with a message and inner exception.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public MappingException(string message, Exception innerException)
        : base(message, innerException)
    {
        MappingId = string.Empty;
        Errors = [];
    }

    /// <summary>The mapping that failed.</summary>
    public string MappingId { get; }

    /// <summary>Every error.</summary>
    public IReadOnlyList<MappingError> Errors { get; }

    /// <summary>How the runtime should treat the failure.</summary>
    public ErrorCategory Category => Errors.Any(e => e.Category == ErrorCategory.Platform) ? ErrorCategory.Platform : ErrorCategory.DataQuality;

    private static string Describe(string mappingId, IReadOnlyList<MappingError> errors) =>
        errors.Count == 0
            ? $"Mapping '{mappingId}' failed."
            : $"Mapping '{mappingId}' failed ({errors.Count} error(s)):{Environment.NewLine}{string.Join(Environment.NewLine, errors)}";
}
