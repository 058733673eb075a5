namespace IntegrationHub.Storage;

/// <summary>What kind of store failure a caller can act on.</summary>
public enum StoreErrorKind
{
    /// <summary>The thing does not exist.</summary>
    NotFound,

    /// <summary>The request contradicts the current state (concurrent change, wrong lifecycle state).</summary>
    Conflict,
}

/// <summary>A store failure the API turns into 404 or 409 problem details.</summary>
public sealed class StoreException : Exception
{
    /// <summary>Initializes a new instance.</summary>
    public StoreException(StoreErrorKind kind, string message)
        : base(message)
    {
        Kind = kind;
    }

    /// <summary>Initializes a new instance.</summary>
    public StoreException()
        : this(StoreErrorKind.Conflict, "The store rejected the change.")
    {
    }

    /// <summary>Initializes a new instance.</summary>
    public StoreException(string message)
        : this(StoreErrorKind.Conflict, message)
    {
    }

    /// <summary>Initializes a new instance.</summary>
    public StoreException(string message, Exception innerException)
        : base(message, innerException)
    {
        Kind = StoreErrorKind.Conflict;
    }

    /// <summary>Gets the kind of failure.</summary>
    public StoreErrorKind Kind { get; }

    internal static StoreException NotFound(string message) => new(StoreErrorKind.NotFound, message);

    internal static StoreException Conflict(string message) => new(StoreErrorKind.Conflict, message);
}
