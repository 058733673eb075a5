using System.Text.Json.Nodes;
using IntegrationHub.Contracts.Designer;
using IntegrationHub.Contracts.Runs;

namespace IntegrationHub.Designer.Tests.Fakes;

/// <summary>Runs in memory; actions are recorded; a bulk replay reports the progress states the test queues, one per poll.</summary>
internal sealed class FakeRunsDesignerService : IRunsDesignerService
{
    public Dictionary<Guid, RunDetailDto> Runs { get; } = [];

    public List<(string Action, Guid RunId, JsonNode? Payload)> Actions { get; } = [];

    public List<RunSearch> Searches { get; } = [];

    public List<RunSearch> Counts { get; } = [];

    public List<(string Action, RunSearch Search)> BulkStarts { get; } = [];

    public Queue<BulkOperationDto> BulkProgress { get; } = new();

    public int MatchCount { get; set; }

    public Exception? Refusal { get; set; }

    private BulkOperationDto? _lastProgress;

    public Task<RunPage> SearchAsync(RunSearch search, CancellationToken cancellationToken = default)
    {
        Searches.Add(search);
        var runs = Runs.Values.Select(r => r.Summary)
            .Where(r => search.FlowId is null || r.FlowId == search.FlowId)
            .Where(r => search.Statuses.Count == 0 || search.Statuses.Contains(r.Status))
            .OrderByDescending(r => r.CreatedAt)
            .ToList();
        return Task.FromResult(new RunPage(runs, null));
    }

    public Task<int> CountAsync(RunSearch search, CancellationToken cancellationToken = default)
    {
        Counts.Add(search);
        return Task.FromResult(MatchCount);
    }

    public Task<RunDetailDto?> GetAsync(Guid runId, CancellationToken cancellationToken = default) =>
        Task.FromResult(Runs.TryGetValue(runId, out var run) ? run : null);

    public Task<RunSummaryDto> RetryAsync(Guid runId, JsonNode? editedInput, CancellationToken cancellationToken = default) => Act("retry", runId, editedInput);

    public Task<RunSummaryDto> RestartAsync(Guid runId, CancellationToken cancellationToken = default) => Act("restart", runId, null);

    public Task<RunSummaryDto> SkipAsync(Guid runId, JsonNode? output, CancellationToken cancellationToken = default) => Act("skip", runId, output);

    public Task<RunSummaryDto> CancelAsync(Guid runId, CancellationToken cancellationToken = default) => Act("cancel", runId, null);

    public Task<BulkOperationDto> StartBulkReplayAsync(string action, RunSearch search, CancellationToken cancellationToken = default)
    {
        BulkStarts.Add((action, search));
        _lastProgress = BulkProgress.Dequeue();
        return Task.FromResult(_lastProgress);
    }

    public Task<BulkOperationDto?> GetBulkReplayAsync(Guid operationId, CancellationToken cancellationToken = default)
    {
        if (BulkProgress.Count > 0)
        {
            _lastProgress = BulkProgress.Dequeue();
        }

        return Task.FromResult(_lastProgress);
    }

    private Task<RunSummaryDto> Act(string action, Guid runId, JsonNode? payload)
    {
        if (Refusal is not null)
        {
            throw Refusal;
        }

        Actions.Add((action, runId, payload));
        var run = Runs[runId];
        var summary = run.Summary with { Status = action == "cancel" ? "cancelled" : "pending", Error = null, ErrorCategory = null, FailedStep = null };
        Runs[runId] = run with { Summary = summary };
        return Task.FromResult(summary);
    }
}
