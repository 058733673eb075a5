namespace IntegrationHub.Mapping.Lookups;

/// <summary>What a lookup does when the key is not in the table.</summary>
public enum LookupMissingBehavior
{
    /// <summary>Fail the rule with a data-quality error naming the table and the key.</summary>
    Error,

    /// <summary>Use the table's <c>default</c> value.</summary>
    Default,

    /// <summary>Use the key itself, unchanged.</summary>
    PassThrough,
}
