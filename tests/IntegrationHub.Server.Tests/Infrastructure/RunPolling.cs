using System.Net.Http.Json;
using IntegrationHub.Contracts.Runs;

namespace IntegrationHub.Server.Tests.Infrastructure;

/// <summary>Polls the runs API until a run reaches one of the statuses (30 s at most).</summary>
internal static class RunPolling
{
    public static async Task<RunDetailDto> WaitForAsync(HttpClient api, Guid runId, params string[] statuses)
    {
        var deadline = DateTimeOffset.UtcNow.AddSeconds(30);
        RunDetailDto? run = null;
        while (DateTimeOffset.UtcNow < deadline)
        {
            run = await api.GetFromJsonAsync<RunDetailDto>($"/api/runs/{runId}");
            if (run is not null && statuses.Contains(run.Summary.Status))
            {
                return run;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"run {runId} is {run?.Summary.Status} ({run?.Summary.Error}), not {string.Join("/", statuses)}");
    }
}
