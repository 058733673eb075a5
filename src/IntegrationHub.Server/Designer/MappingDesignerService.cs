using System.Security.Claims;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using IntegrationHub.Contracts.Designer;
using IntegrationHub.Contracts.Flows;
using IntegrationHub.Contracts.Mappings;
using IntegrationHub.Contracts.Security;
using IntegrationHub.Mapping.Documents;
using IntegrationHub.Server.Flows;
using IntegrationHub.Server.Mappings;
using IntegrationHub.Server.Problems;
using IntegrationHub.Server.Security;
using IntegrationHub.Storage;
using IntegrationHub.Storage.Audit;
using IntegrationHub.Storage.Mappings;

namespace IntegrationHub.Server.Designer;

/// <summary>
/// The mapping editor's backend, in process: the repositories, checks, preview and audit that <c>/api/mappings</c> and
/// <c>/api/lookups</c> use, with the same policies and audit action names. A circuit lives for hours, so each call
/// gets its own scope (and DbContext).
/// </summary>
internal sealed class MappingDesignerService(DesignerCaller caller, IServiceScopeFactory scopes, StoredMappingCatalog catalog, FlowFolder folder) : IMappingDesignerService
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public async Task<IReadOnlyList<MappingSummary>> ListMappingsAsync(CancellationToken cancellationToken = default)
    {
        await caller.RequireAsync(HubPolicies.View);
        await using var scope = scopes.CreateAsyncScope();
        return await Mappings(scope).ListAsync(cancellationToken);
    }

    public async Task<MappingDetail?> GetMappingAsync(string mappingId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(mappingId);
        await caller.RequireAsync(HubPolicies.View);
        await using var scope = scopes.CreateAsyncScope();
        return await Mappings(scope).GetAsync(mappingId, cancellationToken);
    }

    public async Task<MappingVersionDetail?> GetVersionAsync(string mappingId, int version, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(mappingId);
        await caller.RequireAsync(HubPolicies.View);
        await using var scope = scopes.CreateAsyncScope();
        return await Mappings(scope).GetVersionAsync(mappingId, version, cancellationToken);
    }

    public async Task<MappingValidationReport> ValidateAsync(string document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        await caller.RequireAsync(HubPolicies.EditDrafts);
        CheckSize(document, "mapping document");
        await using var scope = scopes.CreateAsyncScope();
        var check = await Documents(scope).CheckAsync(document, "designer", cancellationToken);
        return new MappingValidationReport(check.IsValid, [.. check.Errors.Select(HubProblems.ToDto)]);
    }

    public Task<MappingDraftSaveResult> SaveDraftAsync(string document, string? expectedMappingId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        return WriteDraftAsync(document, expectedMappingId, create: false, cancellationToken);
    }

    public Task<MappingDraftSaveResult> CreateAsync(string document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        return WriteDraftAsync(document, expectedMappingId: null, create: true, cancellationToken);
    }

    private async Task<MappingDraftSaveResult> WriteDraftAsync(string document, string? expectedMappingId, bool create, CancellationToken cancellationToken)
    {
        var user = await caller.RequireAsync(HubPolicies.EditDrafts);
        CheckSize(document, "mapping document");
        await using var scope = scopes.CreateAsyncScope();
        var check = await Documents(scope).CheckAsync(document, "designer", cancellationToken);
        var mappingId = check.Document?.Id ?? MappingDocumentService.PeekId(document);
        if (!check.IsValid)
        {
            return new MappingDraftSaveResult(mappingId, null, [.. check.Errors.Select(HubProblems.ToDto)]);
        }

        var parsed = check.Document!;
        if (expectedMappingId is not null && parsed.Id != expectedMappingId)
        {
            return new MappingDraftSaveResult(parsed.Id, null, [new FlowErrorDto("designer", "$.id", $"the document says '{parsed.Id}' but you are editing '{expectedMappingId}'", "id-mismatch")]);
        }

        var repository = Mappings(scope);
        var info = MappingDocumentService.ToInfo(parsed);
        try
        {
            var saved = await AuditedAsync(scope, user, "mappings.saveDraft", parsed.Id, "201", () => create
                ? repository.CreateDraftAsync(info, "designer", user.ActorName(), cancellationToken)
                : repository.SaveDraftAsync(info, "designer", user.ActorName(), cancellationToken));
            return new MappingDraftSaveResult(parsed.Id, saved, []);
        }
        catch (DesignerException e) when (create && e.InnerException is StoreException { Kind: StoreErrorKind.Conflict })
        {
            // The id is taken: an error at the field, like every other reason the document cannot be saved.
            return new MappingDraftSaveResult(parsed.Id, null, [new FlowErrorDto("designer", "$.id", $"{e.Message}; pick another id or open that mapping", "id-in-use")]);
        }
    }

    public async Task DeleteDraftAsync(string mappingId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(mappingId);
        var user = await caller.RequireAsync(HubPolicies.EditDrafts);
        await using var scope = scopes.CreateAsyncScope();
        await AuditedAsync(scope, user, "mappings.deleteDraft", mappingId, "204", async () =>
        {
            await Mappings(scope).DeleteDraftAsync(mappingId, cancellationToken);
            return true;
        });
    }

    public async Task<MappingPublishResult> PublishAsync(string mappingId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(mappingId);
        var user = await caller.RequireAsync(HubPolicies.Publish);
        await using var scope = scopes.CreateAsyncScope();
        return await AuditedAsync(scope, user, "mappings.publish", mappingId, "200", () => Mappings(scope).PublishAsync(mappingId, user.ActorName(), cancellationToken));
    }

    public async Task<MappingVersionSummary> RetireAsync(string mappingId, int version, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(mappingId);
        var user = await caller.RequireAsync(HubPolicies.Publish);
        await using var scope = scopes.CreateAsyncScope();
        return await AuditedAsync(scope, user, "mappings.retire", $"{mappingId}/{version}", "200", () => Mappings(scope).RetireAsync(mappingId, version, user.ActorName(), cancellationToken));
    }

    public async Task<MappingFile?> ExportAsync(string mappingId, int? version, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(mappingId);
        await caller.RequireAsync(HubPolicies.View);
        await using var scope = scopes.CreateAsyncScope();
        var detail = await Mappings(scope).GetVersionAsync(mappingId, version, cancellationToken);
        return detail is null ? null : new MappingFile($"{mappingId}.map.json", MappingDtos.ExportDocument(detail).ToJsonString(Indented));
    }

    public async Task<MappingPreviewResult> PreviewAsync(MappingPreviewRequest request, string? mappingId = null, int? version = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        await caller.RequireAsync(HubPolicies.EditDrafts);
        if (request.Sample is null)
        {
            throw new DesignerException("Give a sample payload to preview the mapping on.");
        }

        await using var scope = scopes.CreateAsyncScope();
        var previews = scope.ServiceProvider.GetRequiredService<MappingPreviewService>();
        if (request.Document is null)
        {
            if (mappingId is null)
            {
                throw new DesignerException("Give the mapping document to preview, or the id of a stored mapping.");
            }

            return await previews.PreviewStoredAsync(mappingId, version, request.Sample, request.Vars, cancellationToken)
                ?? throw new DesignerException(version is null ? $"Mapping '{mappingId}' has neither a draft nor a published version." : $"Mapping '{mappingId}' has no version {version}.");
        }

        var text = request.Document.ToJsonString();
        CheckSize(text, "mapping document");
        var previewedId = mappingId ?? (string?)request.Document["id"] ?? "(new mapping)";
        MappingDocument document;
        try
        {
            document = MappingDocument.Parse(text, "designer");
        }
        catch (MappingValidationException e)
        {
            // The editor shows these at their JSON paths in the document, as it shows any definition problem.
            return MappingDtos.DefinitionErrors(previewedId, null, e.Errors);
        }

        if (mappingId is not null && document.Id != mappingId)
        {
            return MappingDtos.DefinitionErrors(mappingId, null, [new("designer", "$.id", $"the document says '{document.Id}' but you are editing '{mappingId}'", "id-mismatch")]);
        }

        return await previews.PreviewDocumentAsync(document, request.Sample, request.Vars, cancellationToken);
    }

    public async Task<JsonNode?> GetSampleAsync(string sampleName, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sampleName);
        await caller.RequireAsync(HubPolicies.View);

        // Only a plain file name inside samples/: nothing of the host's file system beyond it.
        if (folder.Path is null || sampleName.Length == 0 || sampleName != Path.GetFileName(sampleName) || !sampleName.EndsWith(".json", StringComparison.Ordinal))
        {
            return null;
        }

        var file = Path.Combine(folder.Path, "samples", sampleName);
        if (!File.Exists(file))
        {
            return null;
        }

        try
        {
            return JsonNode.Parse(await File.ReadAllTextAsync(file, cancellationToken));
        }
        catch (JsonException e)
        {
            throw new DesignerException($"The sample '{sampleName}' is not valid JSON: {e.Message}", e);
        }
    }

    public async Task<IReadOnlyList<SchemaTree>> ListSchemasAsync(CancellationToken cancellationToken = default)
    {
        await caller.RequireAsync(HubPolicies.View);
        cancellationToken.ThrowIfCancellationRequested();
        return [.. catalog.Schemas.Select(SchemaTreeBuilder.Build)];
    }

    public async Task<SchemaTree?> GetSchemaAsync(string schemaId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(schemaId);
        await caller.RequireAsync(HubPolicies.View);
        cancellationToken.ThrowIfCancellationRequested();
        return catalog.FindSchema(schemaId) is { } schema ? SchemaTreeBuilder.Build(schema) : null;
    }

    public async Task<IReadOnlyList<LookupTableSummary>> ListLookupTablesAsync(CancellationToken cancellationToken = default)
    {
        await caller.RequireAsync(HubPolicies.View);
        await using var scope = scopes.CreateAsyncScope();
        return await Tables(scope).ListAsync(cancellationToken);
    }

    public async Task<LookupTableDetail?> GetLookupTableAsync(string tableId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(tableId);
        await caller.RequireAsync(HubPolicies.View);
        await using var scope = scopes.CreateAsyncScope();
        return await Tables(scope).GetAsync(tableId, cancellationToken);
    }

    public async Task<LookupTableSaveResult> SaveLookupTableAsync(string document, int? expectedRevision, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        var user = await caller.RequireAsync(HubPolicies.Publish);
        CheckSize(document, "lookup table");
        if (expectedRevision < 0)
        {
            throw new DesignerException("The expected revision cannot be negative (0 means a new table).");
        }

        (Mapping.Lookups.LookupTable Table, JsonObject Content) parsed;
        try
        {
            parsed = MappingDocumentService.ParseLookup(document, "designer");
        }
        catch (MappingValidationException e)
        {
            return new LookupTableSaveResult(MappingDocumentService.PeekId(document), null, [.. e.Errors.Select(HubProblems.ToDto)]);
        }

        await using var scope = scopes.CreateAsyncScope();
        var saved = await AuditedAsync(scope, user, "lookups.save", parsed.Table.Id, "200", () =>
            Tables(scope).SaveAsync(parsed.Table.Id, parsed.Content, expectedRevision, "designer", user.ActorName(), cancellationToken));
        scope.ServiceProvider.GetRequiredService<StoredLookupTables>().Invalidate();
        return new LookupTableSaveResult(parsed.Table.Id, saved, []);
    }

    private static MappingRepository Mappings(AsyncServiceScope scope) => scope.ServiceProvider.GetRequiredService<MappingRepository>();

    private static LookupTableRepository Tables(AsyncServiceScope scope) => scope.ServiceProvider.GetRequiredService<LookupTableRepository>();

    private static MappingDocumentService Documents(AsyncServiceScope scope) => scope.ServiceProvider.GetRequiredService<MappingDocumentService>();

    private static void CheckSize(string document, string what)
    {
        if (Encoding.UTF8.GetByteCount(document) > MappingDocumentService.MaxDocumentBytes)
        {
            throw new DesignerException($"A {what} may have at most {MappingDocumentService.MaxDocumentBytes} bytes.");
        }
    }

    /// <summary>
    /// Runs a change and records it in the audit log as the API's audit filter does for the same endpoint (also on
    /// failure), and turns store refusals into messages for the person.
    /// </summary>
    private static async Task<T> AuditedAsync<T>(AsyncServiceScope scope, ClaimsPrincipal user, string action, string target, string success, Func<Task<T>> change)
    {
        var audit = scope.ServiceProvider.GetRequiredService<AuditLog>();
        try
        {
            var result = await change();
            await audit.WriteAsync(user.ActorName(), user.ActorKind(), action, target, success, details: "designer", cancellationToken: CancellationToken.None);
            return result;
        }
        catch (StoreException e)
        {
            await audit.WriteAsync(user.ActorName(), user.ActorKind(), action, target, "error:StoreException", details: "designer", cancellationToken: CancellationToken.None);
            throw new DesignerException(e.Message, e);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            await audit.WriteAsync(user.ActorName(), user.ActorKind(), action, target, $"error:{e.GetType().Name}", details: "designer", cancellationToken: CancellationToken.None);
            throw;
        }
    }
}
