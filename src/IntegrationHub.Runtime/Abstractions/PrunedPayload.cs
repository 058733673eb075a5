namespace IntegrationHub.Runtime.Abstractions;

/// <summary>What a pruned payload reads as in the journal and the run API.</summary>
public static class PrunedPayload
{
    /// <summary>The JSON stored in place of a payload removed by the retention setting.</summary>
    public const string Json = """{"$pruned":"payload removed by the journal retention setting (Hub:Runtime:SucceededPayloadRetention)"}""";
}
