using IntegrationHub.Runtime.Model;

namespace IntegrationHub.Runtime.Triggers;

/// <summary>The run a trigger got: a new one, or the original of a duplicate.</summary>
/// <param name="Run">The run.</param>
/// <param name="Created">False when the idempotency key matched an existing run.</param>
public sealed record StartedRun(RunRecord Run, bool Created);
