namespace IntegrationHub.Connectors.Tryton;

/// <summary>How to reach one Tryton database over JSON-RPC.</summary>
public sealed class TrytonConnectionOptions
{
    /// <summary>Gets or sets the database URL, for example <c>http://erp.local:8000/hub/</c>.</summary>
    public required Uri DatabaseUrl { get; set; }

    /// <summary>Gets or sets the Tryton login.</summary>
    public required string User { get; set; }

    /// <summary>Gets or sets the password of <see cref="User"/>.</summary>
    public required string Password { get; set; }

    /// <summary>Gets or sets the timeout of one JSON-RPC call.</summary>
    /// <value>The default value is 30 seconds.</value>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Gets or sets the language of messages returned by Tryton.</summary>
    /// <value>The default value is <c>en</c>.</value>
    public string Language { get; set; } = "en";
}
