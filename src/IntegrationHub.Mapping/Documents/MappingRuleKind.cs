namespace IntegrationHub.Mapping.Documents;

/// <summary>Where a rule's value comes from.</summary>
public enum MappingRuleKind
{
    /// <summary>A source path is copied.</summary>
    Source,

    /// <summary>An '=' expression is evaluated.</summary>
    Expression,

    /// <summary>A constant is written.</summary>
    Constant,

    /// <summary>Each element of a source array becomes a target element built by nested rules.</summary>
    Array,

    /// <summary>Nested rules build a target object.</summary>
    Object,
}
