namespace IntegrationHub.Flows.Model;

/// <summary>A named retry policy: how often and how patiently a failing step is tried again.</summary>
public sealed record RetryPolicyDefinition
{
    /// <summary>Gets the policy used when a flow names none: 3 attempts, exponential from 1 s, transient errors only.</summary>
    public static RetryPolicyDefinition Default { get; } = new() { MaxAttempts = 3 };

    /// <summary>Gets the number of attempts in all, the first one included.</summary>
    public required int MaxAttempts { get; init; }

    /// <summary>Gets how delays grow. The default value is <see cref="BackoffKind.Exponential"/>.</summary>
    public BackoffKind Backoff { get; init; } = BackoffKind.Exponential;

    /// <summary>Gets the delay before the second attempt. The default value is 1 second.</summary>
    public TimeSpan InitialDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Gets the upper bound of one delay. The default value is 5 minutes.</summary>
    public TimeSpan MaxDelay { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>Gets the exponential growth factor. The default value is 2.</summary>
    public double Multiplier { get; init; } = 2;

    /// <summary>Gets whether delays are randomised by up to ±20%. The default value is true.</summary>
    public bool Jitter { get; init; } = true;

    /// <summary>Gets the time limit of a single attempt, if any.</summary>
    public TimeSpan? AttemptTimeout { get; init; }

    /// <summary>Gets the error categories that are retried. The default value is transient only.</summary>
    public IReadOnlySet<ErrorCategory> RetryOn { get; init; } = new HashSet<ErrorCategory> { ErrorCategory.Transient };

    /// <summary>
    /// Computes the delay after failed attempt <paramref name="failedAttempt"/> (1-based), or null when no attempt is left.
    /// </summary>
    /// <param name="failedAttempt">The attempt that just failed, starting at 1.</param>
    /// <param name="random01">A number in [0, 1) used for jitter; pass 0.5 for the nominal delay.</param>
    public TimeSpan? DelayAfter(int failedAttempt, double random01)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(failedAttempt, 1);
        if (failedAttempt >= MaxAttempts)
        {
            return null;
        }

        var nominal = Backoff == BackoffKind.Fixed
            ? InitialDelay.TotalMilliseconds
            : InitialDelay.TotalMilliseconds * Math.Pow(Multiplier, failedAttempt - 1);
        var capped = Math.Min(nominal, MaxDelay.TotalMilliseconds);
        if (Jitter)
        {
            // ±20% spreads retries of many runs that failed together (thundering herd) without
            // making the schedule unpredictable for the analyst reading it.
            capped *= 0.8 + (0.4 * Math.Clamp(random01, 0, 1));
            capped = Math.Min(capped, MaxDelay.TotalMilliseconds);
        }

        return TimeSpan.FromMilliseconds(Math.Round(capped));
    }

    /// <summary>Lists the nominal (jitter-free) delays between all attempts, as the designer shows them.</summary>
    public IReadOnlyList<TimeSpan> NominalSchedule()
    {
        var delays = new List<TimeSpan>();
        var nominal = this with { Jitter = false };
        for (var attempt = 1; attempt < MaxAttempts; attempt++)
        {
            delays.Add(nominal.DelayAfter(attempt, 0.5)!.Value);
        }

        return delays;
    }
}
