using System.Security.Claims;
using System.Text;
using System.Text.Json;
using IntegrationHub.Contracts.Designer;
using IntegrationHub.Contracts.Flows;
using IntegrationHub.Contracts.Security;
using IntegrationHub.Flows.Versioning;
using IntegrationHub.Server.Flows;
using IntegrationHub.Server.Problems;
using IntegrationHub.Server.Runtime;
using IntegrationHub.Server.Security;
using IntegrationHub.Storage;
using IntegrationHub.Storage.Audit;
using IntegrationHub.Storage.Flows;

namespace IntegrationHub.Server.Designer;

/// <summary>
/// The designer's flows, in process: the repository, validation, activation and audit that <c>/api/flows</c>
/// uses, with the same policies. A circuit lives for hours, so each call gets its own scope (and DbContext).
/// </summary>
internal sealed class FlowDesignerService(DesignerCaller caller, IServiceScopeFactory scopes) : IFlowDesignerService
{
    private const int MaxDocumentChars = 1024 * 1024;
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public async Task<IReadOnlyList<FlowSummary>> ListFlowsAsync(CancellationToken cancellationToken = default)
    {
        await caller.RequireAsync(HubPolicies.View);
        await using var scope = scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<FlowRepository>().ListAsync(cancellationToken);
    }

    public async Task<FlowDetail?> GetFlowAsync(string flowId, CancellationToken cancellationToken = default)
    {
        await caller.RequireAsync(HubPolicies.View);
        await using var scope = scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<FlowRepository>().GetAsync(flowId, cancellationToken);
    }

    public async Task<FlowVersionDetail?> GetVersionAsync(string flowId, int version, CancellationToken cancellationToken = default)
    {
        await caller.RequireAsync(HubPolicies.View);
        await using var scope = scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<FlowRepository>().GetVersionAsync(flowId, version, cancellationToken);
    }

    public async Task<FlowDiffDto?> DiffAsync(string flowId, int from, int to, CancellationToken cancellationToken = default)
    {
        await caller.RequireAsync(HubPolicies.View);
        await using var scope = scopes.CreateAsyncScope();
        var flows = scope.ServiceProvider.GetRequiredService<FlowRepository>();
        var a = await flows.GetVersionAsync(flowId, from, cancellationToken);
        var b = await flows.GetVersionAsync(flowId, to, cancellationToken);
        if (a is null || b is null)
        {
            return null;
        }

        var changes = FlowDiff.Compare(a.Content, b.Content)
            .Select(c => new FlowChangeDto(c.Path, JsonNamingPolicy.CamelCase.ConvertName(c.Kind.ToString()), c.Before, c.After))
            .ToList();
        return new FlowDiffDto(flowId, from, to, changes);
    }

    public async Task<FlowValidationReport> ValidateAsync(string document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        await caller.RequireAsync(HubPolicies.EditDrafts);
        CheckSize(document);
        await using var scope = scopes.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<FlowValidationService>().ValidateAsync(document, "designer", cancellationToken);
        return new FlowValidationReport(result.IsValid, [.. result.Errors.Select(HubProblems.ToDto)]);
    }

    public async Task<DraftSaveResult> SaveDraftAsync(string document, string? expectedFlowId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        var user = await caller.RequireAsync(HubPolicies.EditDrafts);
        CheckSize(document);
        await using var scope = scopes.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<FlowValidationService>().ValidateAsync(document, "designer", cancellationToken);
        var flowId = result.Definition?.Id ?? FlowValidationService.PeekId(document);
        if (!result.IsValid)
        {
            return new DraftSaveResult(flowId, null, [.. result.Errors.Select(HubProblems.ToDto)]);
        }

        var definition = result.Definition!;
        if (expectedFlowId is not null && definition.Id != expectedFlowId)
        {
            return new DraftSaveResult(flowId, null, [new FlowErrorDto("designer", "$.id", $"the document says '{definition.Id}' but you are editing '{expectedFlowId}'", "id-mismatch")]);
        }

        var saved = await AuditedAsync(scope, user, "flows.saveDraft", definition.Id, () =>
            scope.ServiceProvider.GetRequiredService<FlowRepository>().SaveDraftAsync(definition, definition.Document!, user.ActorName(), cancellationToken));
        return new DraftSaveResult(definition.Id, saved, []);
    }

    public async Task DeleteDraftAsync(string flowId, CancellationToken cancellationToken = default)
    {
        var user = await caller.RequireAsync(HubPolicies.EditDrafts);
        await using var scope = scopes.CreateAsyncScope();
        await AuditedAsync(scope, user, "flows.deleteDraft", flowId, async () =>
        {
            await scope.ServiceProvider.GetRequiredService<FlowRepository>().DeleteDraftAsync(flowId, cancellationToken);
            return true;
        });
    }

    public async Task<PublishResult> PublishAsync(string flowId, CancellationToken cancellationToken = default)
    {
        var user = await caller.RequireAsync(HubPolicies.Publish);
        await using var scope = scopes.CreateAsyncScope();
        return await AuditedAsync(scope, user, "flows.publish", flowId, async () =>
        {
            var result = await scope.ServiceProvider.GetRequiredService<FlowRepository>().PublishAsync(flowId, user.ActorName(), cancellationToken);
            await scope.ServiceProvider.GetRequiredService<FlowActivation>().ActivateAsync(cancellationToken);
            return result;
        });
    }

    public async Task<FlowVersionSummary> RetireAsync(string flowId, int version, CancellationToken cancellationToken = default)
    {
        var user = await caller.RequireAsync(HubPolicies.Publish);
        await using var scope = scopes.CreateAsyncScope();
        return await AuditedAsync(scope, user, "flows.retire", $"{flowId}/{version}", async () =>
        {
            var result = await scope.ServiceProvider.GetRequiredService<FlowRepository>().RetireAsync(flowId, version, user.ActorName(), cancellationToken);
            await scope.ServiceProvider.GetRequiredService<FlowActivation>().ActivateAsync(cancellationToken);
            return result;
        });
    }

    public async Task<FlowFile?> ExportAsync(string flowId, int? version, CancellationToken cancellationToken = default)
    {
        await caller.RequireAsync(HubPolicies.View);
        await using var scope = scopes.CreateAsyncScope();
        var detail = await scope.ServiceProvider.GetRequiredService<FlowRepository>().GetVersionAsync(flowId, version, cancellationToken);
        if (detail is null)
        {
            return null;
        }

        var document = FlowExportDocument.From(detail);

        return new FlowFile($"{flowId}.flow.json", document.ToJsonString(Indented));
    }

    private static void CheckSize(string document)
    {
        if (Encoding.UTF8.GetByteCount(document) > MaxDocumentChars)
        {
            throw new DesignerException($"A flow document may have at most {MaxDocumentChars} bytes.");
        }
    }

    /// <summary>Runs a change, records it in the audit log like the API's audit filter does (also on failure), and turns store refusals into messages.</summary>
    private static async Task<T> AuditedAsync<T>(AsyncServiceScope scope, ClaimsPrincipal user, string action, string target, Func<Task<T>> change)
    {
        var audit = scope.ServiceProvider.GetRequiredService<AuditLog>();
        try
        {
            var result = await change();
            await audit.WriteAsync(user.ActorName(), user.ActorKind(), action, target, "200", details: "designer", cancellationToken: CancellationToken.None);
            return result;
        }
        catch (StoreException e)
        {
            var outcome = e.Kind == StoreErrorKind.NotFound ? "404" : "409";
            await audit.WriteAsync(user.ActorName(), user.ActorKind(), action, target, outcome, details: "designer", cancellationToken: CancellationToken.None);
            throw new DesignerException(e.Message, e);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            await audit.WriteAsync(user.ActorName(), user.ActorKind(), action, target, $"error:{e.GetType().Name}", details: "designer", cancellationToken: CancellationToken.None);
            throw;
        }
    }
}
