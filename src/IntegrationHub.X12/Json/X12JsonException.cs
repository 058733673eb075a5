namespace IntegrationHub.X12.Json;

/// <summary>A JSON document that is not a valid X12 JSON form; <see cref="Path"/> says where.</summary>
public sealed class X12JsonException : Exception
{
    /// <summary>Initializes the exception.</summary>
    /// <param name="path">JSON path of the offending value, e.g. <c>$.PO1Loop[0].PO1.PO102</c>.</param>
    /// <param name="message">What is wrong.</param>
    public X12JsonException(string path, string message)
        : base($"{path}: {message}")
    {
        Path = path;
    }

    /// <summary>Initializes the exception.</summary>
    public X12JsonException()
        : this("$", "invalid X12 JSON form")
    {
    }

    /// <summary>Initializes the exception.</summary>
    /// <param name="message">What is wrong.</param>
    public X12JsonException(string message)
        : this("$", message)
    {
    }

    /// <summary>Initializes the exception.</summary>
    /// <param name="message">What is wrong.</param>
    /// <param name="innerException">The cause.</param>
    public X12JsonException(string message, Exception? innerException)
        : base(message, innerException)
    {
        Path = "$";
    }

    /// <summary>Gets the JSON path of the offending value.</summary>
    public string Path { get; }
}
