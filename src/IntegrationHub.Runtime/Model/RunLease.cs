namespace IntegrationHub.Runtime.Model;

/// <summary>A claim on a run: who holds it and until when (renewed while a pass runs).</summary>
/// <param name="Owner">The lease owner (node and pass).</param>
/// <param name="Until">When the lease expires unless renewed.</param>
public sealed record RunLease(string Owner, DateTimeOffset Until);
