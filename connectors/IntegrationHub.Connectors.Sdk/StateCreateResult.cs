namespace IntegrationHub.Connectors.Sdk;

/// <summary>The outcome of <see cref="IConnectorStateStore.TryCreateAsync"/>.</summary>
/// <param name="Created">Whether this call created the entry; <see langword="false"/> when the key already existed.</param>
/// <param name="Entry">The entry now stored under the key (the new one, or the one that was already there).</param>
public sealed record StateCreateResult(bool Created, StateEntry Entry);
