namespace IntegrationHub.Mapping.Execution;

/// <summary>What one rule did in a preview.</summary>
public enum RuleOutcome
{
    /// <summary>The rule wrote its value.</summary>
    Written,

    /// <summary>The value was null or missing, so the rule's default was written.</summary>
    Defaulted,

    /// <summary>The value was null or missing and there is no default: nothing was written.</summary>
    Empty,

    /// <summary>The rule's condition (or an element's 'where') was false.</summary>
    Skipped,

    /// <summary>The rule failed; see the errors.</summary>
    Failed,
}
