namespace IntegrationHub.Connectors.Sdk;

/// <summary>Identifies the version of this connector SDK and decides which connectors it can host.</summary>
public static class ConnectorSdk
{
    /// <summary>The semantic version of this SDK. Connectors declare the SDK version they need in <see cref="ConnectorAttribute.RequiredSdkVersion"/>.</summary>
    public const string Version = "1.0.0";

    /// <summary>Checks whether a connector that needs <paramref name="requiredSdkVersion"/> can run on this SDK.</summary>
    /// <remarks>A connector is compatible when it needs the same major version and no newer minor or patch version than this SDK provides.</remarks>
    /// <param name="requiredSdkVersion">The semantic version the connector declares it needs.</param>
    /// <returns><see langword="null"/> when compatible; otherwise the reason it is not.</returns>
    public static string? CheckCompatibility(string requiredSdkVersion)
    {
        ArgumentNullException.ThrowIfNull(requiredSdkVersion);
        if (!SemanticVersion.TryParse(requiredSdkVersion, out var required))
        {
            return $"the required SDK version '{requiredSdkVersion}' is not a semantic version (major.minor.patch)";
        }

        var current = SemanticVersion.Parse(Version);
        if (required.Major != current.Major)
        {
            return $"it needs connector SDK {requiredSdkVersion} but this host provides {Version} (major versions differ)";
        }

        return required.CompareTo(current) > 0
            ? $"it needs connector SDK {requiredSdkVersion} but this host provides only {Version}"
            : null;
    }
}
