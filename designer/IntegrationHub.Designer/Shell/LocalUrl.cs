namespace IntegrationHub.Designer.Shell;

/// <summary>Return URLs are followed only when they stay on this site (no open redirects).</summary>
internal static class LocalUrl
{
    public static string OrRoot(string? url) =>
        url is { Length: > 0 } && url[0] == '/' && !url.StartsWith("//", StringComparison.Ordinal) && !url.StartsWith("/\\", StringComparison.Ordinal)
            ? url
            : "/";
}
