namespace IntegrationHub.Server.Runtime;

/// <summary>
/// How hard the hub may drive one connection (protect the ERP): at most <see cref="MaxConcurrency"/> calls in
/// flight and <see cref="RequestsPerSecond"/> call starts per second on this node. Section
/// <c>Hub:ConnectionLimits:&lt;connection name&gt;</c>.
/// </summary>
public sealed class ConnectionLimit
{
    /// <summary>Gets or sets the most calls in flight at once; null for no limit.</summary>
    public int? MaxConcurrency { get; set; }

    /// <summary>Gets or sets the most call starts per second (token bucket); null for no limit.</summary>
    public double? RequestsPerSecond { get; set; }

    /// <summary>Gets or sets how many calls may start at once after a quiet spell; defaults to one second's worth.</summary>
    public int? Burst { get; set; }

    /// <summary>
    /// Gets or sets how long a step waits for a free slot before it fails as a transient error (retried by its
    /// policy, which frees the worker meanwhile).
    /// </summary>
    /// <value>The default value is 30 seconds.</value>
    public TimeSpan MaxWait { get; set; } = TimeSpan.FromSeconds(30);
}
