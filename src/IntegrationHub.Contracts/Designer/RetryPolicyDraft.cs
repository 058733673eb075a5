namespace IntegrationHub.Contracts.Designer;

/// <summary>A retry policy as the editor holds it (the <c>retryPolicies</c> entry of a flow, fields as written in files).</summary>
/// <param name="MaxAttempts">Attempts in all, the first one included.</param>
/// <param name="Backoff"><c>fixed</c> or <c>exponential</c>.</param>
/// <param name="InitialDelay">ISO 8601 delay before the second attempt; null for the default (PT1S).</param>
/// <param name="MaxDelay">ISO 8601 upper bound of one delay; null for the default (PT5M).</param>
/// <param name="Multiplier">Exponential growth factor; null for the default (2).</param>
/// <param name="Jitter">Whether delays are randomised by up to ±20%.</param>
/// <param name="AttemptTimeout">ISO 8601 time limit of one attempt, if any.</param>
/// <param name="RetryOn">Error categories retried.</param>
public sealed record RetryPolicyDraft(
    int MaxAttempts,
    string Backoff,
    string? InitialDelay,
    string? MaxDelay,
    double? Multiplier,
    bool Jitter,
    string? AttemptTimeout,
    IReadOnlyList<string> RetryOn);
