namespace IntegrationHub.Runtime.Abstractions;

/// <summary>The answer to a lease renewal.</summary>
/// <param name="Held">Whether this worker still holds the lease.</param>
/// <param name="CancelRequested">Whether an operator asked to cancel the run.</param>
public readonly record struct LeaseState(bool Held, bool CancelRequested);
