namespace IntegrationHub.Connectors.Hosting.Catalog;

/// <summary>A connector that could not be loaded; the host keeps running without it.</summary>
/// <param name="Location">The plug-in folder (or the built-in type name).</param>
/// <param name="Kind">What went wrong.</param>
/// <param name="Message">What went wrong, where and why.</param>
public sealed record ConnectorLoadError(string Location, ConnectorLoadErrorKind Kind, string Message);
