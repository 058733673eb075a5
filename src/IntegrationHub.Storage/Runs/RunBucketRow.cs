using IntegrationHub.Runtime.Model;

namespace IntegrationHub.Storage.Runs;

/// <summary>A run reduced to what the volume chart groups by (a projection target the query builds at run time).</summary>
internal sealed class RunBucketRow
{
    public string FlowId { get; set; } = string.Empty;

    public RunStatus Status { get; set; }

    public int Bucket { get; set; }
}
