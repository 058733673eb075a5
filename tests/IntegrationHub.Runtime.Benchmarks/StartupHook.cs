using IntegrationHub.Runtime.Benchmarks;

/// <summary>
/// .NET startup hook (<c>DOTNET_STARTUP_HOOKS</c>): the benchmark loads this very assembly into the hub process
/// it starts, so the hub's own <c>IntegrationHub.Runtime</c> meter can be read without a metrics endpoint and
/// without changing the server. The runtime requires this exact name, outside any namespace.
/// </summary>
#pragma warning disable CA1050 // The runtime looks the hook up by the global type name StartupHook.
internal static class StartupHook
#pragma warning restore CA1050
{
    /// <summary>Called by the runtime before the hub's Main.</summary>
    public static void Initialize()
    {
        var file = Environment.GetEnvironmentVariable(MetricsProbe.FileVariable);
        if (!string.IsNullOrEmpty(file))
        {
            MetricsProbe.Start(file);
        }
    }
}
