using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using IntegrationHub.Contracts.Designer;
using IntegrationHub.Contracts.Flows;
using IntegrationHub.Contracts.Mappings;

namespace IntegrationHub.Designer.Tests.Fakes;

/// <summary>Mappings in memory with their versions' content, schemas and samples; previews answer what the test says and record what was asked.</summary>
internal sealed class FakeMappingDesignerService : IMappingDesignerService
{
    private static readonly DateTimeOffset Written = new(2026, 11, 20, 9, 30, 0, TimeSpan.Zero);

    public Dictionary<string, Dictionary<int, (string Status, JsonObject Content)>> Store { get; } = [];

    public Dictionary<string, SchemaTree> Schemas { get; } = [];

    public Dictionary<string, JsonNode> Samples { get; } = [];

    public Func<MappingPreviewRequest, MappingPreviewResult> Previewer { get; set; } = r => new MappingPreviewResult((string?)r.Document?["id"] ?? "?", null, true, new JsonObject(), [], []);

    public List<MappingPreviewRequest> Previews { get; } = [];

    public List<string> Saved { get; } = [];

    /// <summary>Gets the documents given to <see cref="CreateAsync"/> that were created.</summary>
    public List<string> Created { get; } = [];

    /// <summary>Gets the versions retired, as "id/version".</summary>
    public List<string> Retired { get; } = [];

    /// <summary>Gets the mappings whose draft was discarded.</summary>
    public List<string> DiscardedDrafts { get; } = [];

    /// <summary>Gets or sets what the hub finds wrong with a document (validate, save, create); nothing by default.</summary>
    public Func<string, IReadOnlyList<FlowErrorDto>> Checker { get; set; } = _ => [];

    public List<string> Published { get; } = [];

    public Dictionary<string, LookupTableDetail> Lookups { get; } = [];

    public List<(string Document, int? ExpectedRevision)> SavedLookups { get; } = [];

    public void Add(string id, int version, string status, JsonObject content)
    {
        if (!Store.TryGetValue(id, out var versions))
        {
            versions = [];
            Store[id] = versions;
        }

        versions[version] = (status, content);
    }

    public Task<IReadOnlyList<MappingSummary>> ListMappingsAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<MappingSummary>>([.. Store.Select(m => new MappingSummary(m.Key, m.Key, null, null, m.Value.Keys.Max(), m.Value.Where(v => v.Value.Status == FlowVersionStatus.Published).Select(v => (int?)v.Key).Max(), m.Value.ContainsKey(0), Written))]);

    public Task<MappingDetail?> GetMappingAsync(string mappingId, CancellationToken cancellationToken = default) =>
        Task.FromResult(Store.TryGetValue(mappingId, out var versions)
            ? new MappingDetail(mappingId, mappingId, [.. versions.OrderByDescending(v => v.Key == 0 ? int.MaxValue : v.Key).Select(v => Summary(v.Key, v.Value.Status, v.Value.Content))])
            : null);

    public Task<MappingVersionDetail?> GetVersionAsync(string mappingId, int version, CancellationToken cancellationToken = default) =>
        Task.FromResult(Store.TryGetValue(mappingId, out var versions) && versions.TryGetValue(version, out var v)
            ? new MappingVersionDetail(mappingId, Summary(version, v.Status, v.Content), v.Content.DeepClone().AsObject())
            : null);

    public Task<MappingValidationReport> ValidateAsync(string document, CancellationToken cancellationToken = default)
    {
        var errors = Checker(document);
        return Task.FromResult(new MappingValidationReport(errors.Count == 0, errors));
    }

    public Task<MappingDraftSaveResult> SaveDraftAsync(string document, string? expectedMappingId, CancellationToken cancellationToken = default)
    {
        var content = JsonNode.Parse(document)!.AsObject();
        var id = (string)content["id"]!;
        var errors = Checker(document);
        if (errors.Count > 0)
        {
            return Task.FromResult(new MappingDraftSaveResult(id, null, errors));
        }

        Saved.Add(document);
        Add(id, 0, FlowVersionStatus.Draft, content);
        return Task.FromResult(new MappingDraftSaveResult(id, Summary(0, FlowVersionStatus.Draft, content), []));
    }

    public Task<MappingDraftSaveResult> CreateAsync(string document, CancellationToken cancellationToken = default)
    {
        var content = JsonNode.Parse(document)!.AsObject();
        var id = (string)content["id"]!;
        IReadOnlyList<FlowErrorDto> errors = Store.ContainsKey(id) ? [new FlowErrorDto("designer", "$.id", $"a mapping with the id '{id}' already exists", "id-in-use")] : Checker(document);
        if (errors.Count > 0)
        {
            return Task.FromResult(new MappingDraftSaveResult(id, null, errors));
        }

        Created.Add(document);
        Add(id, 0, FlowVersionStatus.Draft, content);
        return Task.FromResult(new MappingDraftSaveResult(id, Summary(0, FlowVersionStatus.Draft, content), []));
    }

    public Task DeleteDraftAsync(string mappingId, CancellationToken cancellationToken = default)
    {
        DiscardedDrafts.Add(mappingId);
        Store[mappingId].Remove(0);
        return Task.CompletedTask;
    }

    public Task<MappingPublishResult> PublishAsync(string mappingId, CancellationToken cancellationToken = default)
    {
        Published.Add(mappingId);
        return Task.FromResult(new MappingPublishResult(mappingId, Store[mappingId].Keys.Max() + 1, true));
    }

    public Task<MappingVersionSummary> RetireAsync(string mappingId, int version, CancellationToken cancellationToken = default)
    {
        Retired.Add($"{mappingId}/{version}");
        var content = Store[mappingId][version].Content;
        Store[mappingId][version] = (FlowVersionStatus.Retired, content);
        return Task.FromResult(Summary(version, FlowVersionStatus.Retired, content));
    }

    public Task<MappingFile?> ExportAsync(string mappingId, int? version, CancellationToken cancellationToken = default) =>
        Task.FromResult(Store.TryGetValue(mappingId, out var versions) && versions.TryGetValue(version ?? versions.Keys.Max(), out var v)
            ? new MappingFile($"{mappingId}.map.json", v.Content.ToJsonString())
            : null);

    public Task<MappingPreviewResult> PreviewAsync(MappingPreviewRequest request, string? mappingId = null, int? version = null, CancellationToken cancellationToken = default)
    {
        Previews.Add(request);
        return Task.FromResult(Previewer(request));
    }

    public Task<JsonNode?> GetSampleAsync(string sampleName, CancellationToken cancellationToken = default) =>
        Task.FromResult(Samples.TryGetValue(sampleName, out var sample) ? sample.DeepClone() : null);

    public Task<IReadOnlyList<SchemaTree>> ListSchemasAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<SchemaTree>>([.. Schemas.Values]);

    public Task<SchemaTree?> GetSchemaAsync(string schemaId, CancellationToken cancellationToken = default) =>
        Task.FromResult(Schemas.GetValueOrDefault(schemaId));

    public Task<IReadOnlyList<LookupTableSummary>> ListLookupTablesAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<LookupTableSummary>>([.. Lookups.Values.Select(t => t.Summary)]);

    public Task<LookupTableDetail?> GetLookupTableAsync(string tableId, CancellationToken cancellationToken = default) =>
        Task.FromResult(Lookups.TryGetValue(tableId, out var table) ? new LookupTableDetail(table.Summary, table.Content.DeepClone().AsObject()) : null);

    public Task<LookupTableSaveResult> SaveLookupTableAsync(string document, int? expectedRevision, CancellationToken cancellationToken = default)
    {
        SavedLookups.Add((document, expectedRevision));
        var content = JsonNode.Parse(document)!.AsObject();
        var id = (string)content["id"]!;
        var revision = Lookups.TryGetValue(id, out var old) ? old.Summary.Revision + 1 : 1;
        var summary = new LookupTableSummary(id, (string?)content["description"], (string)content["onMissing"]!, content["entries"]!.AsObject().Count, revision, "designer", Written, "someone");
        Lookups[id] = new LookupTableDetail(summary, content);
        return Task.FromResult(new LookupTableSaveResult(id, summary, []));
    }

    private static MappingVersionSummary Summary(int version, string status, JsonObject content) =>
        new(version, status, Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(content.ToJsonString()))), "api", Written, "someone",
            status == FlowVersionStatus.Draft ? null : Written, status == FlowVersionStatus.Draft ? null : "someone", status == FlowVersionStatus.Retired ? Written : null);
}
