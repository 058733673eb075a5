namespace IntegrationHub.Server.Hosting;

/// <summary>Traces and metrics export. Section <c>Hub:Telemetry</c>.</summary>
public sealed class TelemetryOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Hub:Telemetry";

    /// <summary>
    /// Gets or sets the OTLP endpoint (for example <c>http://127.0.0.1:4317</c>) that receives traces and metrics.
    /// The standard <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> variable works too; with neither, nothing is exported over OTLP
    /// and no spans are recorded (metrics stay available at <c>/metrics</c>).
    /// </summary>
    public string? OtlpEndpoint { get; set; }

    /// <summary>
    /// Gets or sets the share of traces recorded (0 to 1) when the request does not carry a sampled trace context;
    /// a caller's <c>traceparent</c> decides for its own requests.
    /// </summary>
    /// <value>The default value is 1 (every run is traced).</value>
    public double TraceSampleRatio { get; set; } = 1.0;

    /// <summary>Gets or sets whether <c>GET /metrics</c> serves the metrics in the Prometheus text format.</summary>
    /// <value>The default value is <see langword="true"/>.</value>
    public bool PrometheusEndpoint { get; set; } = true;

    /// <summary>
    /// Gets or sets whether <c>/metrics</c> may be scraped without credentials. Off by default: the scraper sends
    /// an API key (<c>X-Api-Key</c>, any role). Turn on only where the port is reachable by the scraper alone.
    /// </summary>
    public bool AllowAnonymousScrape { get; set; }
}
