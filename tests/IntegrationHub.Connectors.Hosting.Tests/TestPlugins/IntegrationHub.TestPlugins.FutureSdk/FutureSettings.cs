namespace IntegrationHub.TestPlugins.FutureSdk;

/// <summary>No settings.</summary>
public sealed record FutureSettings;
