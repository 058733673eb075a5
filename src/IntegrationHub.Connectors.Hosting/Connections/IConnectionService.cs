using IntegrationHub.Connectors.Sdk;

namespace IntegrationHub.Connectors.Hosting.Connections;

/// <summary>Creates, updates, deletes and tests connections; secrets are encrypted at rest and write-only.</summary>
public interface IConnectionService
{
    /// <summary>Lists connections (without secret values).</summary>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The connections.</returns>
    Task<IReadOnlyList<ConnectionView>> ListAsync(CancellationToken cancellationToken = default);

    /// <summary>Gets a connection (without secret values).</summary>
    /// <param name="id">The id.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The connection or <see langword="null"/>.</returns>
    Task<ConnectionView?> GetAsync(Guid id, CancellationToken cancellationToken = default);

    /// <summary>Creates a connection.</summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>The connection.</returns>
    /// <exception cref="ConnectionValidationException">The request is invalid.</exception>
    /// <exception cref="ConnectionConflictException">The name is taken.</exception>
    Task<ConnectionView> CreateAsync(CreateConnectionRequest request, CancellationToken cancellationToken = default);

    /// <summary>Updates a connection.</summary>
    /// <param name="id">The id.</param>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>The connection, or <see langword="null"/> when it does not exist.</returns>
    /// <exception cref="ConnectionValidationException">The request is invalid.</exception>
    /// <exception cref="ConnectionConflictException">The connection changed since <see cref="UpdateConnectionRequest.ExpectedVersion"/>.</exception>
    Task<ConnectionView?> UpdateAsync(Guid id, UpdateConnectionRequest request, CancellationToken cancellationToken = default);

    /// <summary>Deletes a connection.</summary>
    /// <param name="id">The id.</param>
    /// <param name="cancellationToken">Cancels the delete.</param>
    /// <returns>Whether it existed.</returns>
    Task<bool> DeleteAsync(Guid id, CancellationToken cancellationToken = default);

    /// <summary>Runs the connector's connection test with the stored settings.</summary>
    /// <param name="id">The id.</param>
    /// <param name="cancellationToken">Cancels the test.</param>
    /// <returns>The result (secrets redacted), or <see langword="null"/> when the connection does not exist.</returns>
    Task<ConnectionTestResult?> TestAsync(Guid id, CancellationToken cancellationToken = default);

    /// <summary>Loads a connection with decrypted secrets for invoking operations (the runtime's use).</summary>
    /// <param name="name">The connection name a flow refers to.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The connection or <see langword="null"/>.</returns>
    Task<ResolvedConnection?> ResolveAsync(string name, CancellationToken cancellationToken = default);
}
