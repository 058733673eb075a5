namespace IntegrationHub.Contracts.Designer;

/// <summary>
/// What the flow editor needs to help while typing: the step and trigger kinds with their fields (generated
/// from the published flow schema), expression syntax checks and retry schedules, computed by the same code
/// the validator and the runtime use. Requires the edit-drafts policy.
/// </summary>
public interface IFlowAuthoringService
{
    /// <summary>Gets the step and trigger kinds, their fields, and the ids a flow may refer to.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    Task<AuthoringCatalog> GetCatalogAsync(CancellationToken cancellationToken = default);

    /// <summary>Checks the syntax of an <c>=</c> expression.</summary>
    /// <param name="expression">The value including its leading <c>=</c>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    Task<ExpressionCheck> CheckExpressionAsync(string expression, CancellationToken cancellationToken = default);

    /// <summary>Computes the delays a retry policy produces, as the runtime will apply them.</summary>
    /// <param name="policy">The policy as the editor holds it.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    Task<RetrySchedule> ComputeRetryScheduleAsync(RetryPolicyDraft policy, CancellationToken cancellationToken = default);
}
