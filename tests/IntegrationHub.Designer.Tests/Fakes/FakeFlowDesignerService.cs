using System.Text.Json.Nodes;
using IntegrationHub.Contracts.Designer;
using IntegrationHub.Contracts.Flows;

namespace IntegrationHub.Designer.Tests.Fakes;

/// <summary>Flows in memory: one flow per id with its versions' content; validation answers what the test says.</summary>
internal sealed class FakeFlowDesignerService : IFlowDesignerService
{
    private static readonly DateTimeOffset Written = new(2026, 11, 20, 9, 30, 0, TimeSpan.Zero);

    public Dictionary<string, Dictionary<int, (string Status, JsonObject Content)>> Store { get; } = [];

    public Func<string, IReadOnlyList<FlowErrorDto>> Validator { get; set; } = _ => [];

    public List<string> Saved { get; } = [];

    public List<string> Published { get; } = [];

    public void Add(string id, int version, string status, JsonObject content)
    {
        if (!Store.TryGetValue(id, out var versions))
        {
            versions = [];
            Store[id] = versions;
        }

        versions[version] = (status, content);
    }

    public Task<IReadOnlyList<FlowSummary>> ListFlowsAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<FlowSummary>>([.. Store.Select(f => new FlowSummary(f.Key, f.Key, f.Value.Keys.Max(), f.Value.Where(v => v.Value.Status == FlowVersionStatus.Published).Select(v => (int?)v.Key).Max(), f.Value.ContainsKey(0), ["manual"], Written))]);

    public Task<FlowDetail?> GetFlowAsync(string flowId, CancellationToken cancellationToken = default) =>
        Task.FromResult(Store.TryGetValue(flowId, out var versions)
            ? new FlowDetail(flowId, flowId, [.. versions.OrderByDescending(v => v.Key == 0 ? int.MaxValue : v.Key).Select(v => Summary(v.Key, v.Value.Status))])
            : null);

    public Task<FlowVersionDetail?> GetVersionAsync(string flowId, int version, CancellationToken cancellationToken = default) =>
        Task.FromResult(Store.TryGetValue(flowId, out var versions) && versions.TryGetValue(version, out var v)
            ? new FlowVersionDetail(flowId, Summary(version, v.Status), v.Content.DeepClone().AsObject())
            : null);

    public Task<FlowDiffDto?> DiffAsync(string flowId, int from, int to, CancellationToken cancellationToken = default) =>
        Task.FromResult<FlowDiffDto?>(new FlowDiffDto(flowId, from, to, []));

    public Task<FlowValidationReport> ValidateAsync(string document, CancellationToken cancellationToken = default)
    {
        var errors = Validator(document);
        return Task.FromResult(new FlowValidationReport(errors.Count == 0, errors));
    }

    public Task<DraftSaveResult> SaveDraftAsync(string document, string? expectedFlowId, CancellationToken cancellationToken = default)
    {
        var errors = Validator(document);
        var content = JsonNode.Parse(document)!.AsObject();
        var id = (string)content["id"]!;
        if (errors.Count > 0)
        {
            return Task.FromResult(new DraftSaveResult(id, null, errors));
        }

        Saved.Add(document);
        Add(id, 0, FlowVersionStatus.Draft, content);
        return Task.FromResult(new DraftSaveResult(id, Summary(0, FlowVersionStatus.Draft), []));
    }

    public Task DeleteDraftAsync(string flowId, CancellationToken cancellationToken = default)
    {
        Store[flowId].Remove(0);
        return Task.CompletedTask;
    }

    public Task<PublishResult> PublishAsync(string flowId, CancellationToken cancellationToken = default)
    {
        Published.Add(flowId);
        var next = Store[flowId].Keys.Max() + 1;
        return Task.FromResult(new PublishResult(flowId, next, true));
    }

    public Task<FlowVersionSummary> RetireAsync(string flowId, int version, CancellationToken cancellationToken = default) =>
        Task.FromResult(Summary(version, FlowVersionStatus.Retired));

    public Task<FlowFile?> ExportAsync(string flowId, int? version, CancellationToken cancellationToken = default) =>
        Task.FromResult<FlowFile?>(new FlowFile($"{flowId}.flow.json", "{}"));

    private static FlowVersionSummary Summary(int version, string status) =>
        new(version, status, "abc123", "api", Written, "someone", status == FlowVersionStatus.Draft ? null : Written, status == FlowVersionStatus.Draft ? null : "someone", null);
}
