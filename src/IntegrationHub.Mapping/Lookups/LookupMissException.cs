namespace IntegrationHub.Mapping.Lookups;

/// <summary>A key is not in a lookup table whose on-missing behaviour is <see cref="LookupMissingBehavior.Error"/>. A data-quality error (IntegrationHub.Flows.Model.ErrorCategory.DataQuality).</summary>
public sealed class LookupMissException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="table">The table id.</param>
    /// <param name="key">The key that was not found.</param>
    public LookupMissException(string table, string key)
        : base($"lookup table '{table}' has no entry for key '{key}' (its onMissing is 'error')")
    {
        Table = table;
        Key = key;
    }

    /// <summary>Creates the exception (serializer support).</summary>
    public LookupMissException()
        : this(string.Empty, string.Empty)
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">The message.</param>
    public LookupMissException(string message)
        : base(message)
    {
        Table = string.Empty;
        Key = string.Empty;
    }

    /// <summary>Creates the exception with a message and inner exception.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public LookupMissException(string message, Exception innerException)
        : base(message, innerException)
    {
        Table = string.Empty;
        Key = string.Empty;
    }

    /// <summary>The table id.</summary>
    public string Table { get; }

    /// <summary>The key that was not found.</summary>
    public string Key { get; }
}
