namespace IntegrationHub.Storage.Runs;

/// <summary>One row of the step latency SQL (column names are the property names).</summary>
internal sealed class StepLatencyRow
{
    public string FlowId { get; set; } = string.Empty;

    public string StepId { get; set; } = string.Empty;

    public string Kind { get; set; } = string.Empty;

    public long Samples { get; set; }

    public double? P50Ms { get; set; }

    public double? P95Ms { get; set; }

    public double? MaxMs { get; set; }
}
