namespace IntegrationHub.X12.Model;

/// <summary>How serious an <see cref="X12Issue"/> is.</summary>
public enum X12IssueSeverity
{
    /// <summary>The set is accepted but reported with errors (acknowledgment code E).</summary>
    Warning,

    /// <summary>The set (or group, or interchange) is rejected (acknowledgment code R).</summary>
    Error,
}
