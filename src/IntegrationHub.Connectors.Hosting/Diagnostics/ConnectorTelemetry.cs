using System.Diagnostics;

namespace IntegrationHub.Connectors.Hosting.Diagnostics;

/// <summary>The activity source of connector calls (span per invocation, tagged with connector, operation and correlation id; never with data).</summary>
public static class ConnectorTelemetry
{
    /// <summary>The name of the activity source; add it to OpenTelemetry tracing.</summary>
    public const string ActivitySourceName = "IntegrationHub.Connectors.Hosting";

    internal static ActivitySource Source { get; } = new(ActivitySourceName);
}
