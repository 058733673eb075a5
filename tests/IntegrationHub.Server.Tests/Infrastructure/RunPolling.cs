using System.Net.Http.Json;
using IntegrationHub.Contracts.Runs;

namespace IntegrationHub.Server.Tests.Infrastructure;

/// <summary>Polls the runs API until a run reaches one of the statuses (30 s at most).</summary>
internal static class RunPolling
{
    public static async Task<RunDetailDto> WaitForAsync(HttpClient api, Guid runId, params string[] statuses) =>
        (await Poll.UntilAsync(
            () => api.GetFromJsonAsync<RunDetailDto>($"/api/runs/{runId}"),
            run => run is not null && statuses.Contains(run.Summary.Status),
            run => throw new TimeoutException($"run {runId} is {run?.Summary.Status} ({run?.Summary.Error}), not {string.Join("/", statuses)}")))!;
}
