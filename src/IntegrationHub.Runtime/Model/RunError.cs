using IntegrationHub.Flows.Model;

namespace IntegrationHub.Runtime.Model;

/// <summary>Why a step or run failed.</summary>
/// <param name="Category">The error category (decides retries and who acts).</param>
/// <param name="Message">What went wrong, in words an operator understands.</param>
/// <param name="Code">A stable code, when the source gives one.</param>
/// <param name="StepPath">The failing step's path, when a step failed.</param>
public sealed record RunError(ErrorCategory Category, string Message, string? Code = null, string? StepPath = null);
