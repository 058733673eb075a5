using IntegrationHub.Contracts.Designer;
using IntegrationHub.Contracts.Security;
using IntegrationHub.Flows.Validation;
using IntegrationHub.Server.Flows;
using IntegrationHub.Storage.Flows;
using IntegrationHub.Storage.Mappings;

namespace IntegrationHub.Server.Designer;

/// <summary>Editor help computed by the code the validator and the runtime use: schema-derived kinds, Acornima syntax checks, retry delays.</summary>
internal sealed class FlowAuthoringService(DesignerCaller caller, FlowFolder folder, IServiceScopeFactory scopes) : IFlowAuthoringService
{
    public async Task<AuthoringCatalog> GetCatalogAsync(CancellationToken cancellationToken = default)
    {
        await caller.RequireAsync(HubPolicies.View);
        await using var scope = scopes.CreateAsyncScope();
        var flows = await scope.ServiceProvider.GetRequiredService<FlowRepository>().ListAsync(cancellationToken);
        var mappings = await scope.ServiceProvider.GetRequiredService<MappingRepository>().ListIdsAsync(cancellationToken);
        return new AuthoringCatalog(
            AuthoringCatalogBuilder.StepKinds,
            AuthoringCatalogBuilder.TriggerKinds,
            AuthoringCatalogBuilder.ErrorCategories,
            mappings,
            [.. folder.SchemaIds().Order(StringComparer.Ordinal)],
            [.. flows.Select(f => f.Id).Order(StringComparer.Ordinal)]);
    }

    public async Task<ExpressionCheck> CheckExpressionAsync(string expression, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(expression);
        await caller.RequireAsync(HubPolicies.View);
        cancellationToken.ThrowIfCancellationRequested();
        var error = ExpressionSyntax.Check(expression, out var references);
        return new ExpressionCheck(error, references);
    }

    public async Task<RetrySchedule> ComputeRetryScheduleAsync(RetryPolicyDraft policy, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(policy);
        await caller.RequireAsync(HubPolicies.View);
        cancellationToken.ThrowIfCancellationRequested();
        return RetryScheduleCalculator.Compute(policy);
    }
}
