namespace IntegrationHub.Contracts.Designer;

/// <summary>
/// Connectors and connections as the designer works with them: the same catalog, validation, encryption and audit as
/// <c>/api/connectors</c> and <c>/api/connections</c>. Reading needs the view policy; creating, changing, deleting and
/// testing need the administer policy (<see cref="DesignerAccessDeniedException"/> otherwise). Secret settings are
/// write-only: no call ever returns a secret value, only which secrets are set.
/// </summary>
public interface IConnectionsDesignerService
{
    /// <summary>Gets the connector catalog: every loaded connector with its settings and operation schemas, and the plug-ins that failed to load.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    Task<ConnectorCatalogInfo> GetCatalogAsync(CancellationToken cancellationToken = default);

    /// <summary>Lists the connections (no secret values).</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    Task<IReadOnlyList<ConnectionDetails>> ListAsync(CancellationToken cancellationToken = default);

    /// <summary>Gets a connection (no secret values), or null when it does not exist.</summary>
    /// <param name="connectionId">The connection.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    Task<ConnectionDetails?> GetAsync(Guid connectionId, CancellationToken cancellationToken = default);

    /// <summary>Creates a connection; an invalid draft saves nothing and comes back with every field error.</summary>
    /// <param name="draft">Name, connector, settings, secrets and allowed hosts.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    Task<ConnectionSaveResult> CreateAsync(ConnectionDraft draft, CancellationToken cancellationToken = default);

    /// <summary>Changes a connection's settings, secrets and allowed hosts (its name and connector stay).</summary>
    /// <param name="connectionId">The connection.</param>
    /// <param name="draft">The new settings; a secret absent from <see cref="ConnectionDraft.Secrets"/> keeps its value.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    Task<ConnectionSaveResult> UpdateAsync(Guid connectionId, ConnectionDraft draft, CancellationToken cancellationToken = default);

    /// <summary>Deletes a connection.</summary>
    /// <param name="connectionId">The connection.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    Task DeleteAsync(Guid connectionId, CancellationToken cancellationToken = default);

    /// <summary>Runs the connector's connection test with the stored settings.</summary>
    /// <param name="connectionId">The connection.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    Task<ConnectionTestOutcome> TestAsync(Guid connectionId, CancellationToken cancellationToken = default);
}
