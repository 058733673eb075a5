namespace IntegrationHub.Contracts.Designer;

/// <summary>What a bulk replay does to each run it matches.</summary>
public static class BulkReplayActions
{
    /// <summary>Retry each run from its failed step.</summary>
    public const string Retry = "retry";

    /// <summary>Start each run again from its first step.</summary>
    public const string Restart = "restart";

    /// <summary>Gets every action.</summary>
    public static IReadOnlyList<string> All { get; } = [Retry, Restart];
}
