using IntegrationHub.Contracts.Designer;
using IntegrationHub.Flows.Model;

namespace IntegrationHub.Server.Designer;

/// <summary>Turns the editor's policy into the runtime's <see cref="RetryPolicyDefinition"/> and lists its delays.</summary>
internal static class RetryScheduleCalculator
{
    public static RetrySchedule Compute(RetryPolicyDraft draft)
    {
        var problems = new Dictionary<string, string>(StringComparer.Ordinal);
        if (draft.MaxAttempts is < 1 or > 100)
        {
            problems["maxAttempts"] = "between 1 and 100 attempts";
        }

        if (draft.Backoff is not "fixed" and not "exponential")
        {
            problems["backoff"] = "fixed or exponential";
        }

        if (draft.Multiplier is < 1 or > 10)
        {
            problems["multiplier"] = "between 1 and 10";
        }

        var initial = Duration(draft.InitialDelay, "initialDelay", TimeSpan.FromSeconds(1), problems);
        var max = Duration(draft.MaxDelay, "maxDelay", TimeSpan.FromMinutes(5), problems);
        Duration(draft.AttemptTimeout, "attemptTimeout", TimeSpan.Zero, problems);
        foreach (var category in draft.RetryOn)
        {
            if (!ErrorCategoryNames.TryParse(category, out _))
            {
                problems["retryOn"] = $"'{category}' is not an error category";
            }
        }

        if (problems.Count > 0)
        {
            return new RetrySchedule([], problems);
        }

        var definition = new RetryPolicyDefinition
        {
            MaxAttempts = draft.MaxAttempts,
            Backoff = draft.Backoff == "fixed" ? BackoffKind.Fixed : BackoffKind.Exponential,
            InitialDelay = initial,
            MaxDelay = max,
            Multiplier = draft.Multiplier ?? 2,
            Jitter = draft.Jitter,
        };

        var nominal = definition.NominalSchedule();
        var delays = new List<RetryDelay>(nominal.Count);
        var elapsed = TimeSpan.Zero;
        for (var i = 0; i < nominal.Count; i++)
        {
            elapsed += nominal[i];
            var earliest = draft.Jitter ? definition.DelayAfter(i + 1, 0)!.Value : nominal[i];
            var latest = draft.Jitter ? definition.DelayAfter(i + 1, 1)!.Value : nominal[i];
            delays.Add(new RetryDelay(i + 2, nominal[i], earliest, latest, elapsed));
        }

        return new RetrySchedule(delays, problems);
    }

    private static TimeSpan Duration(string? text, string field, TimeSpan fallback, Dictionary<string, string> problems)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return fallback;
        }

        if (Durations.TryParse(text, out var value) && value >= TimeSpan.Zero)
        {
            return value;
        }

        problems[field] = $"'{text}' is not an ISO 8601 duration such as PT30S";
        return fallback;
    }
}
