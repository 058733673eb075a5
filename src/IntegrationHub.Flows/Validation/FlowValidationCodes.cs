namespace IntegrationHub.Flows.Validation;

/// <summary>Stable codes of <see cref="FlowValidationError"/>.</summary>
public static class FlowValidationCodes
{
    /// <summary>The text is not JSON.</summary>
    public const string InvalidJson = "invalid-json";

    /// <summary>The document breaks the published schema.</summary>
    public const string Schema = "schema";

    /// <summary>Two steps share an id.</summary>
    public const string DuplicateStepId = "duplicate-step-id";

    /// <summary>A step refers to a step that does not exist.</summary>
    public const string UnknownStep = "unknown-step";

    /// <summary>A retry policy name is not declared.</summary>
    public const string UnknownRetryPolicy = "unknown-retry-policy";

    /// <summary>A connection name is not declared.</summary>
    public const string UnknownConnection = "unknown-connection";

    /// <summary>A mapping id does not exist.</summary>
    public const string UnknownMapping = "unknown-mapping";

    /// <summary>A schema id does not exist.</summary>
    public const string UnknownSchema = "unknown-schema";

    /// <summary>A subflow refers to a flow that does not exist.</summary>
    public const string UnknownFlow = "unknown-flow";

    /// <summary>A trigger is inconsistent (cron, time zone, duplicate path, respond without http).</summary>
    public const string Trigger = "trigger";

    /// <summary>An expression does not parse.</summary>
    public const string ExpressionSyntax = "expression-syntax";

    /// <summary>A step's settings contradict each other.</summary>
    public const string StepRule = "step-rule";

    /// <summary>A retry policy's settings contradict each other.</summary>
    public const string RetryPolicy = "retry-policy";
}
