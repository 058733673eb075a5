namespace IntegrationHub.Contracts.Designer;

/// <summary>The wait before one retry.</summary>
/// <param name="Attempt">The attempt that follows the wait (2 for the first retry).</param>
/// <param name="Nominal">The delay without jitter.</param>
/// <param name="Earliest">The shortest delay jitter can give.</param>
/// <param name="Latest">The longest delay jitter can give.</param>
/// <param name="Elapsed">Nominal time from the first failure to this attempt (sum of nominal delays so far).</param>
public sealed record RetryDelay(int Attempt, TimeSpan Nominal, TimeSpan Earliest, TimeSpan Latest, TimeSpan Elapsed);
