namespace IntegrationHub.Contracts.Designer;

/// <summary>What a field's value may name (<see cref="FieldDescriptor.References"/>).</summary>
public static class FieldReferences
{
    /// <summary>A logical connection of the flow's <c>connections</c>.</summary>
    public const string Connection = "connection";

    /// <summary>A named policy of the flow's <c>retryPolicies</c>.</summary>
    public const string RetryPolicy = "retryPolicy";

    /// <summary>A mapping id known to the hub.</summary>
    public const string Mapping = "mapping";

    /// <summary>A schema id known to the hub.</summary>
    public const string Schema = "schema";

    /// <summary>A flow id known to the hub.</summary>
    public const string Flow = "flow";
}
