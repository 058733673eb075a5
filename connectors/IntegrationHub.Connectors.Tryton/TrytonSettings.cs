using System.ComponentModel;
using IntegrationHub.Connectors.Sdk;

namespace IntegrationHub.Connectors.Tryton;

/// <summary>Connection settings of the Tryton connector.</summary>
public sealed class TrytonSettings
{
    /// <summary>Gets or sets the database URL.</summary>
    [Description("Database URL of the Tryton server, for example http://erp.local:8000/hub/.")]
    public string DatabaseUrl { get; set; } = string.Empty;

    /// <summary>Gets or sets the Tryton login.</summary>
    [Description("Tryton login (the user needs a current company).")]
    public string User { get; set; } = string.Empty;

    /// <summary>Gets or sets the password.</summary>
    [Secret]
    [Description("Password of the Tryton user.")]
    public string Password { get; set; } = string.Empty;

    /// <summary>Gets or sets the timeout of one call, in seconds.</summary>
    /// <value>The default value is 30.</value>
    [Description("Timeout of one JSON-RPC call, in seconds.")]
    public int RequestTimeoutSeconds { get; set; } = 30;

    internal TrytonConnectionOptions ToOptions()
    {
        if (!Uri.TryCreate(DatabaseUrl, UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps))
        {
            throw new ConnectorConfigurationException($"Tryton DatabaseUrl '{DatabaseUrl}' is not an http(s) URL such as http://erp.local:8000/hub/.");
        }

        if (string.IsNullOrWhiteSpace(User) || string.IsNullOrEmpty(Password))
        {
            throw new ConnectorConfigurationException("Tryton User and Password are required.");
        }

        if (RequestTimeoutSeconds is < 1 or > 600)
        {
            throw new ConnectorConfigurationException($"Tryton RequestTimeoutSeconds is {RequestTimeoutSeconds}; use 1 to 600.");
        }

        // Tryton's database URL ends with a slash; without it, the last segment would be dropped.
        var normalised = url.AbsoluteUri.EndsWith('/') ? url : new Uri(url.AbsoluteUri + "/");
        return new TrytonConnectionOptions
        {
            DatabaseUrl = normalised,
            User = User,
            Password = Password,
            RequestTimeout = TimeSpan.FromSeconds(RequestTimeoutSeconds),
        };
    }
}
