namespace IntegrationHub.Contracts.Designer;

/// <summary>A connector plug-in the hub could not load.</summary>
/// <param name="Location">Its folder (or type name).</param>
/// <param name="Kind">What kind of failure.</param>
/// <param name="Message">What went wrong, where and why.</param>
public sealed record ConnectorLoadProblem(string Location, string Kind, string Message);
